package org.listscope.export;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.listscope.model.Annotation;
import org.listscope.model.Citation;

/**
 * The report's look: a colour per annotation kind (claims as a background, citations as an
 * underline), the legend's names, and the page's CSS, all inline so that the page opens offline.
 */
final class HtmlStyle {

    /** Claim kinds and their background colours. */
    static final Map<String, String> CLAIMS = ordered(
            "obligation", "#ffe0b2", "prohibition", "#ffcdd2", "permission", "#c8e6c9", "legal-fact", "#bbdefb",
            "consequence", "#e1bee7", "recommendation", "#fff59d", "prediction", "#d7ccc8");

    /** Citation kinds and their underline colours. */
    static final Map<String, String> CITATIONS = ordered(
            "usc", "#b71c1c", "cfr", "#c62828", "public-law", "#d84315", "bill", "#ef6c00", "act", "#8d6e63",
            "case", "#6a1b9a", "court-rule", "#880e4f", "fed-reg", "#ad1457", "fcc", "#4527a0", "executive-order", "#5d4037",
            "eu-law", "#1565c0", "fips", "#00695c", "standard", "#0277bd", "rfc", "#2e7d32",
            "internet-draft", "#558b2f", "url", "#00838f", "message", "#37474f", "pointer", "#9e9e9e");

    private static final String OTHER = "#757575";

    private HtmlStyle() {
    }

    /** The CSS class of an annotation's kind: {@code k-obligation}, {@code c-usc}. */
    static String kindClass(Annotation a) {
        return (a.type().equals("claim") ? "k-" : "c-") + safe(a.kind());
    }

    /** A class name made only of safe characters, whatever the kind says. */
    static String safe(String kind) {
        String s = kind.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
        return s.isEmpty() ? "other" : s;
    }

    /** The tooltip of an annotation. */
    static String describe(Annotation a) {
        StringBuilder sb = new StringBuilder(a.type()).append(' ').append(a.kind());
        if (a instanceof Citation c && c.normalized() != null) sb.append(": ").append(c.normalized());
        sb.append(String.format(Locale.ROOT, " (%.2f)", a.confidence()));
        if (!a.topics().isEmpty()) sb.append(" [").append(String.join(", ", a.topics())).append(']');
        if (a.inQuote() && a.speaker() != null) sb.append(", quoting ").append(a.speaker());
        return sb.toString();
    }

    /** The whole style sheet. */
    static String css() {
        StringBuilder sb = new StringBuilder(BASE);
        // kinds without a colour of their own (new ones) still show, in grey
        sb.append(".claim{background:#e0e0e0}\n.cite{border-bottom:2px solid ").append(OTHER).append("}\n");
        CLAIMS.forEach((k, c) -> sb.append(".claim.k-").append(k).append("{background:").append(c).append("}\n"));
        CITATIONS.forEach((k, c) -> sb.append(".cite.c-").append(k).append("{border-bottom-color:").append(c).append("}\n"));
        return sb.toString();
    }

    private static final String BASE = """
            *{box-sizing:border-box}article{overflow-x:auto}td{overflow-wrap:anywhere}
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:60em;padding:1em 1.5em;color:#222;background:#fff}
            h1{font-size:1.5em;margin:.2em 0}h2{font-size:1.2em;margin:1.5em 0 .3em;border-bottom:1px solid #ddd}
            .prov{color:#555;font-size:.9em}.prov dt{font-weight:600;float:left;clear:left;width:8em}.prov dd{margin-left:8.5em}
            .legend span.sw{display:inline-block;margin:.1em .4em .1em 0;padding:0 .4em;border-radius:3px}
            .timeline table{width:auto;min-width:60%}.timeline td{border:none;padding:0 .4em}.timeline td:first-child{white-space:nowrap}
            .timeline td:nth-child(2){width:30em}.timeline .bar{display:inline-block;height:.8em;background:#7986cb;width:calc(var(--w,0)*1%)}
            nav ol{list-style:none;padding-left:0;margin:.2em 0}nav li{padding-left:calc(var(--d,0)*1.2em);white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
            nav .who,nav .when{color:#666;font-size:.9em}
            article{border-left:3px solid #ccd;margin:.8em 0 .8em calc(var(--d,0)*1.2em);padding:.2em .8em;background:#fafafc}
            article h3{font-size:1em;margin:.2em 0}article .meta{color:#555;font-size:.85em}
            .body{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em;white-space:pre-wrap;overflow-wrap:anywhere;margin-top:.4em}
            details.fold{margin:.2em 0;color:#555}details.fold summary{cursor:pointer;font-family:system-ui,sans-serif;font-size:.85em;color:#557}
            .seg-quote{border-left:2px solid #bbb;padding-left:.5em}.seg-signature,.seg-footer{color:#888}.seg-attribution{color:#557}
            .ann{border-radius:2px}.warn{color:#a60}
            table{border-collapse:collapse;width:100%;font-size:.9em}th,td{border:1px solid #ddd;padding:.2em .4em;text-align:left;vertical-align:top}
            th{background:#f0f0f4}
            @media print{details.fold>*{display:block}nav{display:none}}
            """;

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) m.put(pairs[i], pairs[i + 1]);
        return java.util.Collections.unmodifiableMap(m);
    }
}
