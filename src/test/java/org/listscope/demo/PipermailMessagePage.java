package org.listscope.demo;

/** One message page ({@code 000001.html}) in Mailman 2 pipermail's format. */
final class PipermailMessagePage {

    private PipermailMessagePage() {
    }

    /**
     * The page of {@code a}, with {@code previous} and {@code next} the neighbours in its month's
     * thread order (or {@code null}).
     */
    static String render(DemoArchive archive, DemoArchive.Article a, DemoArchive.Article previous, DemoArchive.Article next) {
        DemoDescription d = archive.description();
        DemoMessage m = a.message();
        String listinfo = "http://" + d.host() + "/mailman/listinfo/" + d.listId();
        String mailto = "mailto:" + PipermailHtml.quote(d.listId() + "@" + d.host()) + "?Subject="
                + PipermailHtml.quote("Re: " + m.subject()) + "&In-Reply-To=" + PipermailHtml.quote(m.messageId());
        String subject = PipermailHtml.escape(m.subject());
        String anchor = Integer.toString(a.number());
        StringBuilder p = new StringBuilder();
        p.append("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<HTML>\n <HEAD>\n");
        p.append("   <TITLE> ").append(subject).append("\n   </TITLE>\n");
        p.append("   <LINK REL=\"Index\" HREF=\"index.html\" >\n");
        p.append("   <LINK REL=\"made\" HREF=\"").append(mailto).append("\">\n");
        p.append("   <META NAME=\"robots\" CONTENT=\"index,nofollow\">\n");
        p.append("   <style type=\"text/css\">\n       pre {\n");
        p.append("           white-space: pre-wrap;       /* css-2.1, curent FF, Opera, Safari */\n           }\n   </style>\n");
        p.append("   <META http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n");
        if (previous != null) p.append("   <LINK REL=\"Previous\"  HREF=\"").append(previous.file()).append("\">\n");
        if (next != null) p.append("   <LINK REL=\"Next\"  HREF=\"").append(next.file()).append("\">\n");
        p.append(" </HEAD>\n <BODY BGCOLOR=\"#ffffff\">\n");
        p.append("   <H1>").append(subject).append("</H1>\n");
        p.append("    <B>").append(PipermailHtml.escape(m.fromName())).append("</B> \n");
        p.append("    <A HREF=\"").append(mailto).append("\"\n       TITLE=\"").append(subject).append("\">")
                .append(PipermailHtml.escape(PipermailHtml.obfuscate(m.fromAddress()))).append("\n       </A><BR>\n");
        p.append("    <I>").append(PipermailHtml.ctime(archive.local(m))).append("</I>\n");
        p.append("    <P><UL>\n");
        neighbours(p, previous, next, "        ");
        sortedBy(p, anchor);
        p.append("    <HR>  \n<!--beginarticle-->\n<PRE>");
        p.append(PipermailHtml.body(m.body(), listinfo));
        p.append("\n</PRE>\n\n<!--endarticle-->\n    <HR>\n    <P><UL>\n        <!--threads-->\n");
        neighbours(p, previous, next, "\t");
        sortedBy(p, anchor);
        p.append("\n<hr>\n<a href=\"").append(listinfo).append("\">More information about the ").append(d.list())
                .append("\nmailing list</a><br>\n</body></html>\n");
        return p.toString();
    }

    private static void neighbours(StringBuilder p, DemoArchive.Article previous, DemoArchive.Article next, String indent) {
        if (previous != null) {
            p.append(indent).append("<LI>Previous message (by thread): <A HREF=\"").append(previous.file()).append("\">")
                    .append(PipermailHtml.escape(previous.message().subject())).append("\n</A></li>\n");
        } else {
            p.append(indent).append('\n');
        }
        if (next != null) {
            p.append(indent).append("<LI>Next message (by thread): <A HREF=\"").append(next.file()).append("\">")
                    .append(PipermailHtml.escape(next.message().subject())).append("\n</A></li>\n");
        } else {
            p.append(indent).append('\n');
        }
    }

    private static void sortedBy(StringBuilder p, String anchor) {
        p.append("         <LI> <B>Messages sorted by:</B> \n");
        for (String by : new String[] {"date", "thread", "subject", "author"}) {
            p.append("              <a href=\"").append(by).append(".html#").append(anchor).append("\">[ ").append(by).append(" ]</a>\n");
        }
        p.append("         </LI>\n       </UL>\n");
    }
}
