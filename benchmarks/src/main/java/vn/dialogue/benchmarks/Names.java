package vn.dialogue.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Generated Vietnamese names, titles and places, from a fixed seed. */
final class Names {

    static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "A", "Y");
    static final List<String> MIDDLE = List.of("Thị", "Thị Thu", "Thị Ngọc", "Thị Thanh", "Thị Kim", "Thị Minh", "Thị Hồng");
    static final List<String> GIVEN = List.of("Lan", "Hoa", "Hương", "Mai", "Hạnh", "Dung", "Nga", "Thảo", "Trang",
            "Linh", "Yến", "Hà", "Nhung", "Phượng", "Xuân", "Loan", "Hằng", "Diệp", "Tuyết", "Bích");
    static final List<String> PLACES = List.of("Đăk Hà", "Đăk Tô", "Ngọc Hồi", "Đăk Glei", "Kon Plông", "Kon Rẫy",
            "Sa Thầy", "Tu Mơ Rông", "Ia H'Drai", "Đăk Blà", "Ngọk Bay", "Chư Hreng", "Hòa Bình", "Vinh Quang");
    static final List<String> TITLES = List.of("Chủ tịch Hội Liên hiệp Phụ nữ xã", "Phó Chủ tịch Hội Liên hiệp Phụ nữ xã",
            "Chi hội trưởng phụ nữ thôn", "Tổ trưởng tổ phụ nữ tiết kiệm thôn", "Hội viên phụ nữ tiêu biểu xã");

    private Names() {
    }

    /** {@code n} women's names, "Bà Nguyễn Thị Lan". */
    static List<String> women(int n, SplittableRandom random) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add("Bà " + pick(FAMILY, random) + " " + pick(MIDDLE, random) + " " + pick(GIVEN, random));
        }
        return out;
    }

    static String title(SplittableRandom random) {
        return pick(TITLES, random) + " " + pick(PLACES, random);
    }

    static <T> T pick(List<T> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }
}
