package vn.dialogue.planfile;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import vn.dialogue.text.Bilingual;

/**
 * A YAML syntax error in the words of the person who typed the file, at the line where the mistake starts: the
 * YAML engine says "while parsing a block mapping" where an official sees a line indented by a tab, and places an
 * unclosed quote where the next quote of the file happens to be, a hundred lines on. Each message says what is
 * wrong and what to do, Vietnamese first, then English. Stateless.
 */
final class YamlSyntax {

    /** A problem's place (1-based line and column) and message in Vietnamese and English. */
    record Said(int line, int column, Bilingual message) {
    }

    private YamlSyntax() {
    }

    /**
     * The plain message and place of a YAML syntax error, or empty when {@code e} is not one the YAML engine marked
     * (a JSON file's error keeps its parser's message).
     *
     * @param text the file's text, to look at the place the engine names
     * @param last where the last good token started, if any
     */
    static Optional<Said> of(JacksonException e, String text, @Nullable TokenStreamLocation last) {
        if (!(e.getCause() instanceof MarkedYamlEngineException y) || y.getProblemMark().isEmpty()) {
            return Optional.empty();
        }
        Mark problem = y.getProblemMark().get();
        @Nullable Mark context = y.getContextMark().orElse(null);
        String what = y.getProblem() == null ? "" : y.getProblem();
        String context0 = y.getContext() == null ? "" : y.getContext();
        int line = problem.getLine() + 1;
        int column = problem.getColumn() + 1;

        if (what.contains("\\t(TAB)") || what.contains("\t")) {
            return said(line, column, "dòng này có ký tự tab: YAML chỉ thụt lề và ngăn cách bằng dấu cách, hãy thay "
                    + "tab bằng dấu cách / a tab character on this line: YAML indents and separates with spaces "
                    + "only, replace the tab with spaces");
        }
        if (context0.startsWith("while scanning a quoted scalar") && context != null) {
            char quote = charAt(text, context);
            return said(context.getLine() + 1, context.getColumn() + 1, "dấu " + quoteName(quote, true) + " mở ở đây "
                    + "không được đóng: thêm " + quote + " ở cuối giá trị / the " + quoteName(quote, false)
                    + " opened here is never closed: add " + quote + " at the end of the value");
        }
        Optional<Said> openQuote = openQuoteBefore(text, last, line);
        if (openQuote.isPresent()) {
            return openQuote;
        }
        if (context0.startsWith("while parsing a flow sequence") && context != null) {
            return said(context.getLine() + 1, context.getColumn() + 1, "danh sách mở bằng '[' ở đây không được "
                    + "đóng bằng ']' / the list opened with '[' here is not closed with ']'");
        }
        if (context0.startsWith("while parsing a flow mapping") && context != null) {
            return said(context.getLine() + 1, context.getColumn() + 1, "khối mở bằng '{' ở đây không được đóng "
                    + "bằng '}' / the block opened with '{' here is not closed with '}'");
        }
        if (what.contains("<stream end>") && (context != null || last != null)) {
            // the engine marks the end of the file; the value that is not finished starts at the context, or at
            // the last token when the context is the end too
            boolean contextEarlier = context != null && context.getLine() + 1 < line;
            int at = contextEarlier ? context.getLine() + 1 : last != null ? last.getLineNr() : line;
            int col = contextEarlier ? context.getColumn() + 1 : last != null ? last.getColumnNr() : column;
            return said(at, col, "tệp kết thúc khi giá trị bắt đầu ở đây "
                    + "chưa xong (thiếu dấu đóng ']', '}' hoặc dấu ngoặc kép) / the file ends before the value "
                    + "that starts here is finished (a closing ']', '}' or quote is missing)");
        }
        if (what.startsWith("mapping values are not allowed here")) {
            return said(line, column, "dấu hai chấm và dấu cách ở giữa một giá trị: hãy đặt giá trị trong dấu ngoặc "
                    + "kép (\"...\") / a colon and a space inside a value: put the value in double quotes (\"...\")");
        }
        if (what.contains("that cannot start any token")) {
            char c = charAt(text, problem);
            return said(line, column, "một giá trị không được bắt đầu bằng '" + c + "': hãy đặt giá trị trong dấu "
                    + "ngoặc kép (\"...\") / a value cannot start with '" + c + "': put the value in double quotes "
                    + "(\"...\")");
        }
        if (what.startsWith("expected <block end>") || what.startsWith("expected <block mapping start>")) {
            String found = what.contains("'-'") ? "một mục danh sách ('-') / a list item ('-')"
                    : what.contains("<scalar>") ? "một đoạn chữ / text" : "nội dung / content";
            return said(line, column, "thụt lề sai hoặc thiếu dấu hai chấm: " + found.split(" / ")[0] + " ở chỗ cần "
                    + "tên một trường (\"tên: giá trị\") cùng lề với các trường trên; hãy kiểm tra số dấu cách đầu "
                    + "dòng / wrong indentation or a missing colon: " + found.split(" / ")[1] + " where a field "
                    + "(\"name: value\") in line with the fields above is expected; check the spaces at the start "
                    + "of the line");
        }
        if (what.contains("could not find expected ':'")) {
            return said(line, column, "thiếu dấu hai chấm sau tên trường (\"tên: giá trị\") / a colon is missing "
                    + "after the field name (\"name: value\")");
        }
        String plain = (context0.isEmpty() ? "" : context0 + ": ") + what;
        return said(line, column, "lỗi cú pháp YAML / YAML syntax error: " + plain);
    }

    /**
     * A quoted value that runs over several lines and is followed by an error is, in a plan file, a quote left open:
     * the engine read on to the next quote of the file and stumbled there. Reports it where the quote opens.
     */
    private static Optional<Said> openQuoteBefore(String text, @Nullable TokenStreamLocation last, int errorLine) {
        if (last == null || last.getLineNr() <= 0 || last.getLineNr() >= errorLine) {
            return Optional.empty();
        }
        int offset = offset(text, last.getLineNr(), last.getColumnNr());
        if (offset < 0 || offset >= text.length()) {
            return Optional.empty();
        }
        char quote = text.charAt(offset);
        if (quote != '"' && quote != '\'') {
            return Optional.empty();
        }
        int lineEnd = lineEnd(text, offset);
        if (text.indexOf(quote, offset + 1) < lineEnd) {
            return Optional.empty(); // closed on its own line: the error lies elsewhere
        }
        return said(last.getLineNr(), last.getColumnNr(), "dấu " + quoteName(quote, true) + " mở ở đây không được "
                + "đóng trên dòng này (máy đọc tiếp đến dấu " + quote + " ở dòng " + errorLine + "): thêm " + quote
                + " ở cuối giá trị / the " + quoteName(quote, false) + " opened here is not closed on its line (the "
                + "reader went on to the " + quote + " on line " + errorLine + "): add " + quote
                + " at the end of the value");
    }

    /** {@code message} is written "Vietnamese / English", split at its first " / ". */
    private static Optional<Said> said(int line, int column, String message) {
        int cut = message.indexOf(" / ");
        return Optional.of(new Said(line, column, Bilingual.of(message.substring(0, cut), message.substring(cut + 3))));
    }

    private static String quoteName(char quote, boolean vietnamese) {
        if (quote == '\'') {
            return vietnamese ? "nháy đơn (')" : "single quote (')";
        }
        return vietnamese ? "ngoặc kép (\")" : "double quote (\")";
    }

    private static char charAt(String text, Mark mark) {
        int at = offset(text, mark.getLine() + 1, mark.getColumn() + 1);
        return at >= 0 && at < text.length() ? text.charAt(at) : '?';
    }

    /** The offset of a 1-based line and column; lines end with LF, CR LF or CR, as the parsers count them. */
    static int offset(String text, int line, int column) {
        int at = 0;
        for (int l = 1; l < line; l++) {
            int end = lineEnd(text, at);
            if (end >= text.length()) {
                return -1;
            }
            at = end + (text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n' ? 2 : 1);
        }
        return at + column - 1;
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }
}
