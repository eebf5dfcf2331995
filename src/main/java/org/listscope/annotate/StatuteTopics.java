package org.listscope.annotate;

import java.util.List;

/** Policy topics of well-known parts of the U.S. Code and the C.F.R. (sections as cited). */
final class StatuteTopics {

    private StatuteTopics() {
    }

    /**
     * Topics of an executive order: the intelligence order (12333) and the orders on classified
     * information (12065, 12356, 12958, 13292, 13526) and on export controls (12924, 13222).
     */
    static List<String> executiveOrder(int number) {
        return switch (number) {
            case 12333 -> List.of("surveillance", "national-security");
            case 12065, 12356, 12958, 13292, 13526 -> List.of("national-security", "open-government");
            case 12924, 13222 -> List.of("export-control");
            default -> List.of();
        };
    }

    /**
     * Topics of a Federal Information Processing Standard: the cryptographic ones (DES and its modes,
     * data authentication, cryptographic modules, key management, the hash and signature standards,
     * the Escrowed Encryption Standard, AES, HMAC) are {@code encryption}.
     */
    static List<String> fips(int number) {
        return switch (number) {
            case 46, 74, 81, 113, 140, 171, 180, 185, 186, 197, 198, 202 -> List.of("encryption");
            default -> List.of();
        };
    }

    /** Topics of {@code title} U.S.C. {@code section}. */
    static List<String> usc(int title, String section) {
        int s = leadingNumber(section);
        switch (title) {
            case 18:
                if (s >= 2510 && s <= 2523) return List.of("lawful-intercept");
                if (s >= 2701 && s <= 2713) return List.of("privacy", "legal-process");
                if (s >= 3121 && s <= 3127) return List.of("lawful-intercept");
                if (s == 1030) return List.of("computer-crime");
                return List.of();
            case 47:
                if (s >= 1001 && s <= 1010) return List.of("lawful-intercept");
                if (s == 230) return List.of("free-speech");
                return List.of("telecom-regulation");
            case 50:
                return s >= 1801 && s <= 1885 ? List.of("surveillance", "lawful-intercept") : List.of();
            case 22:
                return s >= 2751 && s <= 2799 ? List.of("export-control") : List.of();
            case 17:
                return List.of("copyright");
            case 35:
                return List.of("patents");
            case 5:
                return s == 552 ? List.of("open-government") : s == 553 ? List.of() : List.of();
            case 15:
                return s >= 7701 && s <= 7713 ? List.of("spam") : List.of();
            default:
                return List.of();
        }
    }

    /**
     * Topics of {@code title} U.S.C. App. {@code section} (null for the appendix as a whole): the
     * Export Administration Act (50 App. 2401-2420) and the Federal Advisory Committee Act (5 App. 2).
     */
    static List<String> uscAppendix(int title, String section) {
        if (section == null) return List.of();
        int s = leadingNumber(section);
        if (title == 50 && s >= 2401 && s <= 2420) return List.of("export-control");
        if (title == 5 && s == 2) return List.of("open-government");
        return List.of();
    }

    /** Topics of {@code title} C.F.R. {@code section}. */
    static List<String> cfr(int title, String section) {
        int part = leadingNumber(section);
        if (title == 22 && part >= 120 && part <= 130) return List.of("export-control");
        if (title == 15 && part >= 730 && part <= 774) return List.of("export-control");
        if (title == 47) return List.of("telecom-regulation");
        return List.of();
    }

    private static int leadingNumber(String s) {
        int n = 0;
        for (int i = 0; i < s.length() && Character.isDigit(s.charAt(i)) && i < 6; i++) n = n * 10 + (s.charAt(i) - '0');
        return n;
    }
}
