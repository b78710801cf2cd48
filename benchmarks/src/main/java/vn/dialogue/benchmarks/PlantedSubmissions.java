package vn.dialogue.benchmarks;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Generated Vietnamese submissions of women to a dialogue, with planted groups of near-duplicates.
 * A text is an opening, a request (verb and object), who it is for, a place (village, commune,
 * district), a reason and a detail of 14 to 27 words and phrases in the asker's own words, so unrelated
 * texts share common phrases ("Đề nghị", "hỗ trợ", "phụ nữ") as real ones do while most of each
 * text is its own. A planted group is a base
 * text and variants lightly reworded (1 to 4 words replaced, dropped, added or swapped) and typed
 * differently (without diacritics, in capitals, with other punctuation). Deterministic for a seed.
 */
final class PlantedSubmissions {

    private static final List<String> OPENINGS = List.of("Đề nghị", "Kiến nghị", "Xin hỏi", "Chúng tôi đề nghị",
            "Chị em phụ nữ mong muốn", "Đề nghị Ủy ban nhân dân tỉnh", "Kính đề nghị lãnh đạo tỉnh",
            "Hội viên phụ nữ kiến nghị", "Xin được hỏi", "Tha thiết đề nghị", "Cử tri nữ đề nghị", "Mong tỉnh quan tâm");
    private static final List<String> VERBS = List.of("hỗ trợ", "cấp", "sửa chữa", "xây dựng", "bố trí", "mở lớp",
            "giải quyết", "tăng mức", "rà soát", "cho vay", "đầu tư", "nâng cấp", "tập huấn", "cấp kinh phí cho",
            "tuyển dụng", "chi trả", "miễn giảm", "khám chữa bệnh", "hướng dẫn thủ tục", "bổ sung");
    private static final List<String> OBJECTS = List.of("vốn vay ưu đãi", "giấy chứng nhận quyền sử dụng đất",
            "đường giao thông liên thôn", "nhà văn hóa thôn", "giáo viên mầm non", "dạy nghề may công nghiệp",
            "nước sạch sinh hoạt", "bảo hiểm y tế", "giống cây cà phê tái canh", "trạm y tế xã", "chợ nông thôn",
            "điện lưới quốc gia", "cầu treo qua suối", "trường tiểu học điểm lẻ", "chế độ thai sản",
            "trợ cấp người cao tuổi", "nhà ở cho hộ nghèo", "kênh mương nội đồng", "sóng điện thoại và internet",
            "phòng chống bạo lực gia đình", "tiêm chủng cho trẻ em", "bếp ăn bán trú", "đất sản xuất",
            "chăn nuôi bò sinh sản", "du lịch cộng đồng", "sản phẩm OCOP", "hợp tác xã nông nghiệp",
            "đèn chiếu sáng đường thôn", "sân chơi cho trẻ em", "khám sàng lọc ung thư");
    private static final List<String> FOR = List.of("cho phụ nữ dân tộc thiểu số", "cho hộ nghèo do phụ nữ làm chủ",
            "cho lao động nữ", "cho phụ nữ đơn thân", "cho phụ nữ khuyết tật", "cho bà mẹ có con nhỏ",
            "cho hội viên phụ nữ", "cho các hộ cận nghèo", "cho phụ nữ khởi nghiệp", "cho chị em vùng sâu vùng xa",
            "cho người dân trong thôn", "cho các cháu học sinh");
    private static final List<String> DISTRICTS = List.of("Đăk Hà", "Đăk Tô", "Ngọc Hồi", "Đăk Glei", "Kon Plông",
            "Kon Rẫy", "Sa Thầy", "Tu Mơ Rông", "Ia H'Drai", "Kon Tum");
    private static final List<String> REASONS = List.of("vì hiện nay còn nhiều khó khăn",
            "do mùa mưa vừa qua bị hư hỏng nặng", "vì đã nhiều năm chưa được giải quyết",
            "để chị em yên tâm lao động sản xuất", "do thủ tục còn rườm rà", "vì người dân phải đi rất xa",
            "để giảm nghèo bền vững", "do thiếu kinh phí thực hiện", "vì nhiều hộ chưa được thụ hưởng chính sách",
            "để bảo đảm an toàn cho trẻ em", "do giá vật tư tăng cao", "vì chưa có cán bộ phụ trách");
    /** Words and phrases of the free part of a text, which makes most of it. */
    private static final List<String> FREE = List.of("bà con", "mong chờ", "lâu nay", "trình bày", "sớm", "cụ thể",
            "kịp thời", "thực tế", "minh bạch", "công bằng", "địa phương", "chính quyền", "cán bộ", "thôn bản",
            "mùa khô", "mùa mưa", "nương rẫy", "thu nhập", "ổn định", "đời sống", "khó khăn", "bức xúc", "kéo dài",
            "phản ánh", "nhiều lần", "chưa", "được", "trả lời", "thỏa đáng", "xem xét", "quyết định", "kinh phí",
            "ngân sách", "năm nay", "năm sau", "trước Tết", "học kỳ", "vụ mùa", "cây trồng", "vật nuôi", "gia đình",
            "con cái", "đi học", "đi làm", "xa nhà", "đường sá", "lầy lội", "xe máy", "bệnh viện", "huyện", "tỉnh",
            "trung tâm", "giấy tờ", "hồ sơ", "nộp", "chờ đợi", "mấy tháng", "vẫn", "không", "có", "người", "già",
            "trẻ", "ốm đau", "thuốc men", "chi phí", "đắt", "rẻ", "giá", "cà phê", "cao su", "sắn", "lúa", "ngô",
            "mì", "bò", "heo", "gà", "cá", "giống", "phân bón", "tưới", "nước", "giếng", "khoan", "điện", "đèn",
            "tối", "sáng", "chợ", "bán", "mua", "thương lái", "ép giá", "vốn", "lãi suất", "ngân hàng", "chính sách",
            "xã hội", "hộ", "nghèo", "thoát nghèo", "việc làm", "học nghề", "may", "dệt", "thổ cẩm", "truyền thống",
            "lễ hội", "văn hóa", "cồng chiêng", "nhà rông", "sinh hoạt", "họp", "thôn", "già làng", "người uy tín",
            "hòa giải", "mâu thuẫn", "ranh giới", "đo đạc", "sổ đỏ", "cấp đổi", "thừa kế", "tách thửa", "rừng",
            "giao khoán", "bảo vệ", "trồng rừng", "tiền", "chi trả", "chậm", "thiếu", "đủ", "thêm", "bớt");

    /** The texts, in submission order. */
    final List<String> texts;
    /** For each text, its planted group, or -1 for a text planted alone. */
    final int[] group;

    private final SplittableRandom random;

    PlantedSubmissions(long seed, int total, int groups, int minSize, int maxSize, int maxEdits) {
        random = new SplittableRandom(seed);
        List<String> planted = new ArrayList<>(total);
        List<Integer> plantedGroup = new ArrayList<>(total);
        for (int g = 0; g < groups && planted.size() < total; g++) {
            List<String> base = baseText();
            int size = minSize + random.nextInt(maxSize - minSize + 1);
            planted.add(render(base, random.nextInt(4)));
            plantedGroup.add(g);
            for (int v = 1; v < size; v++) {
                planted.add(render(edit(base, 1 + random.nextInt(maxEdits)), random.nextInt(4)));
                plantedGroup.add(g);
            }
        }
        while (planted.size() < total) {
            planted.add(render(baseText(), random.nextInt(4)));
            plantedGroup.add(-1);
        }
        List<Integer> order = new ArrayList<>(planted.size());
        for (int i = 0; i < planted.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        List<String> t = new ArrayList<>(total);
        group = new int[total];
        for (int i = 0; i < total; i++) {
            t.add(planted.get(order.get(i)));
            group[i] = plantedGroup.get(order.get(i));
        }
        texts = List.copyOf(t);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private List<String> baseText() {
        StringBuilder b = new StringBuilder();
        b.append(pick(OPENINGS)).append(' ').append(pick(VERBS)).append(' ').append(pick(OBJECTS)).append(' ')
                .append(pick(FOR)).append(" tại thôn ").append(1 + random.nextInt(20)).append(" xã ")
                .append(pick(Names.PLACES)).append(" huyện ").append(pick(DISTRICTS)).append(' ').append(pick(REASONS))
                .append(". Hiện có ").append(5 + random.nextInt(300)).append(" hộ");
        int free = 14 + random.nextInt(14);
        for (int i = 0; i < free; i++) {
            b.append(' ').append(pick(FREE));
        }
        return new ArrayList<>(Arrays.asList(b.toString().split(" ")));
    }

    private List<String> edit(List<String> base, int edits) {
        List<String> text = new ArrayList<>(base);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(text.size());
            switch (random.nextInt(4)) {
                case 0 -> text.set(at, pick(FREE));
                case 1 -> {
                    if (text.size() > 8) {
                        text.remove(at);
                    }
                }
                case 2 -> text.add(at, pick(FREE));
                default -> {
                    if (at + 1 < text.size()) {
                        Collections.swap(text, at, at + 1);
                    }
                }
            }
        }
        return text;
    }

    /** Types the words: 0 as is, 1 without diacritics, 2 in capitals, 3 with other punctuation. */
    private String render(List<String> words, int style) {
        String text = String.join(" ", words);
        return switch (style) {
            case 1 -> fold(text) + ".";
            case 2 -> text.toUpperCase(Locale.ROOT) + ".";
            case 3 -> text.replace(". ", "; ") + "?!";
            default -> text + ".";
        };
    }

    /** The text without diacritics, as typed on a phone without a Vietnamese keyboard. */
    static String fold(String text) {
        String d = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return d.replace('đ', 'd').replace('Đ', 'D');
    }

    /** The planted pairs: how many pairs of texts share a planted group. */
    long plantedPairs() {
        Map<Integer, Integer> sizes = new HashMap<>();
        for (int g : group) {
            if (g >= 0) {
                sizes.merge(g, 1, Integer::sum);
            }
        }
        long pairs = 0;
        for (int size : sizes.values()) {
            pairs += (long) size * (size - 1) / 2;
        }
        return pairs;
    }

    /**
     * Pair precision and recall of groups found, given as arrays of text indexes: the share of the
     * pairs found that were planted together, and the share of the planted pairs found.
     */
    double[] precisionRecall(List<int[]> found) {
        long foundPairs = 0;
        long correct = 0;
        for (int[] g : found) {
            for (int i = 0; i < g.length; i++) {
                for (int j = i + 1; j < g.length; j++) {
                    foundPairs++;
                    if (group[g[i]] >= 0 && group[g[i]] == group[g[j]]) {
                        correct++;
                    }
                }
            }
        }
        return new double[] {foundPairs == 0 ? 1 : (double) correct / foundPairs, (double) correct / plantedPairs()};
    }
}
