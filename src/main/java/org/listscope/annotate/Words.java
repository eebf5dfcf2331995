package org.listscope.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A cheap prefilter for claims: one pass over the lower-cased text that finds the words which can
 * anchor a claim (whole words, or words starting with a legal stem). Only sentences holding one
 * are handed to the regular expressions of {@link Claims#judge}, which decide precisely.
 */
final class Words {

    private Words() {
    }

    /** Whole words that may anchor a claim (a superset of {@link Lexicon#ANCHOR}, weak anchors and institutions). */
    private static final Set<String> WORDS = Set.of("law", "laws", "lawful", "lawfully", "unlawful", "legal", "legally", "legality",
            "illegal", "illegally", "bill", "bills", "court", "courts", "judge", "judges", "judicial", "justices",
            "supreme", "jury", "juries", "lawsuit", "lawsuits", "sued", "sue", "suing", "amendment", "amendments", "congress",
            "senate", "senator", "senators", "congressman", "congressmen", "indict", "indicted", "felon", "felony",
            "crime", "crimes", "criminal", "criminally", "warrant", "warrants", "warrantless", "wiretap", "wiretaps", "wire",
            "seized", "seizure", "seizures", "rights", "liable", "liability", "jail", "prison", "fines", "fined",
            "penalty", "penalties", "export", "exports", "exported", "exporting", "import", "imports", "imported", "munition",
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
    static List<Integer> anchors(String lower) {
        List<Integer> out = new ArrayList<>();
        int n = lower.length();
        int i = 0;
        while (i < n) {
            char c = lower.charAt(i);
            if (c < 'a' || c > 'z') {
                i++;
                continue;
            }
            int start = i;
            while (i < n && lower.charAt(i) >= 'a' && lower.charAt(i) <= 'z') i++;
            int len = i - start;
            if (len < 2 || len > 20) continue;
            if (start > 0 && Character.isLetterOrDigit(lower.charAt(start - 1))) continue;
            String w = lower.substring(start, i);
            if (WORDS.contains(w) || stem(w)) out.add(start);
        }
        return out;
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

    private static boolean stem(String w) {
        if (w.length() < 4) return false;
        for (String s : STEMS_BY_LETTER[w.charAt(0) - 'a']) {
            if (w.startsWith(s)) return true;
        }
        return false;
    }
}
