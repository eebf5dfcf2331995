package org.listscope.annotate;

import java.util.Set;

/**
 * A cheap prefilter for claims and topics: one pass over the lower-cased text that finds the words
 * which can anchor a claim (whole words, or words starting with a legal stem). Only sentences
 * holding one are handed to the regular expressions of {@link Claims#judge} and
 * {@link MessageTopics}, which decide precisely.
 */
final class Words {

    private Words() {
    }

    /**
     * Whole words that may anchor a claim: those of {@link Lexicon#ANCHOR}, the weak anchors and the
     * institutions, but for a few that pass only beside another ("act", "a fine", "permit",
     * "official", "contractor", "the White House", "the Secret Service", "seize", "testified"). Adding
     * them was tried: the sentences they let through made 336 more claims in twisted-python and
     * cypherpunks 1992-94, most of them "as time permits" and "a fine idea"; nor did the five that
     * name actors alone do better (32 more, 18 fewer, as many wrong as right).
     */
    private static final Set<String> WORDS = Set.of("law", "laws", "lawful", "lawfully", "unlawful", "legal", "legally", "legality",
            "illegal", "illegally", "bill", "bills", "court", "courts", "judge", "judges", "judicial", "justices",
            "supreme", "jury", "juries", "lawsuit", "lawsuits", "sued", "sue", "suing", "amendment", "amendments", "congress",
            "senate", "senator", "senators", "congressman", "congressmen", "indict", "indicted", "felon", "felony",
            "crime", "crimes", "criminal", "criminally", "warrant", "warrants", "warrantless", "wiretap", "wiretaps", "wire",
            "seized", "seizure", "seizures", "rights", "liable", "liability", "jail", "prison", "fines", "fined",
            "penalty", "penalties", "export", "exports", "exported", "exporting", "exportable", "exportability", "unexportable",
            "nonexportable", "import", "imports", "imported", "munition",
            "munitions", "itar", "calea", "ecpa", "fisa", "dmca", "foia", "policy", "policies", "ban", "bans", "banned", "banning",
            "attorney", "attorneys", "lawyer", "lawyers", "counsel", "discovery", "tariff", "tariffs", "classified", "fcc",
            "clipper", "capstone", "escrow", "telephony", "precedent", "precedents", "precedence", "ruling", "rulings", "ruled",
            "tax", "taxes", "guilty", "defendant", "defendants", "plaintiff", "plaintiffs", "government",
            "governments", "govt", "federal", "feds", "agency", "agencies", "fbi", "nsa", "nist", "doj", "department",
            "administration", "police", "cops", "enforcement", "irs", "customs", "authorities", "officials", "contempt", "testify", "testimony", "obstruction", "carrier", "carriers",
            "jurisprudence", "legislation", "legislative", "legislature", "constitution", "constitutional", "regulation",
            "regulations", "regulates", "regulated", "statute", "statutes", "statutory", "patent", "patents", "copyright",
            "privacy", "mandatory", "prohibited", "forbidden", "outlawed", "authorized", "authorised", "authorization",
            "subpoena", "subpoenaed", "subpoenas", "prosecution", "prosecuted", "prosecutor", "prosecute", "contract",
            "contracts", "trademark", "infringement", "infringing", "jurisdiction", "jurisdictions", "licensed", "license",
            "licenses", "licence", "licences", "licensing", "mandate", "mandated", "treaty", "lawmakers");

    /** Stems: a word starting with one of these may anchor a claim. */
    private static final String[] STEMS = {"legislat", "statut", "regulat", "prosecut", "subpoena", "constitution", "copyright",
            "patent", "infring", "litigat", "jurisdiction", "mandat", "prohibit", "forbid", "escrow", "wiretap", "licens", "licenc",
            "indict", "convict", "crimin", "govern", "congress", "authoriz", "authoris", "outlaw", "complian", "liab", "penalt",
            "unconstitution", "unlawful", "illegal", "trademark", "attorney"};

    /** Start offsets of the words that may anchor a claim, in order. */
    static int[] anchors(Text text) {
        String lower = text.lower();
        char[] cs = text.lowerChars();
        int[] out = new int[16];
        int k = 0;
        int n = cs.length;
        int i = 0;
        while (i < n) {
            char c = cs[i];
            if (c < 'a' || c > 'z') {
                i++;
                continue;
            }
            int start = i;
            int h = 0; // the word's String.hashCode, found on the way
            do {
                h = 31 * h + c;
                i++;
            } while (i < n && (c = cs[i]) >= 'a' && c <= 'z');
            int len = i - start;
            if (len < 2 || len > 20) continue;
            if (start > 0 && Character.isLetterOrDigit(cs[start - 1])) continue;
            if (isWord(lower, start, len, h) || stem(lower, start, i)) {
                if (k == out.length) out = java.util.Arrays.copyOf(out, k * 2);
                out[k++] = start;
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }

    /** {@link #WORDS} in an open-addressing table, looked up by a stretch of the text without a copy. */
    private static final String[] TABLE = table();

    private static String[] table() {
        String[] t = new String[Integer.highestOneBit(WORDS.size() * 4)];
        for (String w : WORDS) {
            int h = slot(w.hashCode()) & (t.length - 1);
            while (t[h] != null) h = (h + 1) & (t.length - 1);
            t[h] = w;
        }
        return t;
    }

    private static int slot(int hashCode) {
        return hashCode ^ (hashCode >>> 16);
    }

    /** Whether the {@code length} characters of {@code lower} from {@code from}, whose String hash is {@code h}, are one of {@link #WORDS}. */
    private static boolean isWord(String lower, int from, int length, int h) {
        int mask = TABLE.length - 1;
        for (int at = slot(h) & mask; TABLE[at] != null; at = (at + 1) & mask) {
            String w = TABLE[at];
            if (w.length() == length && w.hashCode() == h && lower.startsWith(w, from)) return true;
        }
        return false;
    }

    /** {@link #STEMS} by their first letter, so a word is compared only with the stems it may start with. */
    private static final String[][] STEMS_BY_LETTER = byLetter();

    private static String[][] byLetter() {
        String[][] out = new String[26][];
        for (int c = 0; c < 26; c++) {
            char letter = (char) ('a' + c);
            out[c] = java.util.Arrays.stream(STEMS).filter(s -> s.charAt(0) == letter).toArray(String[]::new);
        }
        return out;
    }

    /** Whether the word {@code lower[from, to)} starts with one of {@link #STEMS}. */
    private static boolean stem(String lower, int from, int to) {
        if (to - from < 4) return false;
        for (String s : STEMS_BY_LETTER[lower.charAt(from) - 'a']) {
            if (s.length() <= to - from && lower.startsWith(s, from)) return true;
        }
        return false;
    }
}
