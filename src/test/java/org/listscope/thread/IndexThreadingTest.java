package org.listscope.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.listscope.thread.Msgs.byId;
import static org.listscope.thread.Msgs.page;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.listscope.model.LinkMethod;
import org.listscope.model.Message;
import org.listscope.model.ThreadIndex;

class IndexThreadingTest {

    private static final Instant T = Instant.parse("2005-03-02T14:00:00Z");

    private static ThreadIndex index(ThreadIndex.Entry... entries) {
        return new ThreadIndex("/a/2005-March/thread.html", "test", List.of(entries));
    }

    @Test
    void indexParentIsUsedWhereHeadersSayNothing() {
        ThreadIndex ix = index(
                new ThreadIndex.Entry("/a/2005-March/000001.html", null, "01109771200.1-", "Topic", "Ann"),
                new ThreadIndex.Entry("/a/2005-March/000002.html", "/a/2005-March/000001.html",
                        "01109771200.1-01109771300.2-", "Topic", "Bob"));
        List<Message> t = Msgs.thread(List.of(ix),
                page("p1", "Ann", T, "Topic", "first").url("https://h/pipermail/a/2005-March/000001.html"),
                page("p2", "Bob", T.plusSeconds(100), "Unrelated words", "second").url("https://h/pipermail/a/2005-March/000002.html"));
        Message p2 = byId(t, "p2");
        assertThat(p2.parentId()).isEqualTo("p1");
        assertThat(p2.parentLink().how()).isEqualTo(LinkMethod.INDEX);
    }

    @Test
    void entryIsFoundByKeyDateWhenTheDuplicatePageWasKept() {
        long second = T.getEpochSecond();
        ThreadIndex ix = index(
                new ThreadIndex.Entry("/a/2005-March/042001.html", null, "0" + second + ".42001-", "Topic", "Ann"),
                new ThreadIndex.Entry("/a/2005-March/042002.html", "/a/2005-March/042001.html",
                        "0" + second + ".42001-0" + (second + 100) + ".42002-", "Re: Topic", "Bob"));
        List<Message> t = Msgs.thread(List.of(ix),
                page("p1", "Ann", T, "Topic", "first").url("/a/2005-March/009601.html"),
                page("p2", "Bob", T.plusSeconds(100), "Re: Topic", "second").url("/a/2005-March/009602.html"));
        assertThat(byId(t, "p2").parentId()).isEqualTo("p1");
        assertThat(byId(t, "p2").parentLink().how()).isEqualTo(LinkMethod.INDEX);
    }

    @Test
    void parentKnownByMessageIdJoinsAcrossMonths() {
        ThreadIndex october = new ThreadIndex("/a/2005-October/thread.html", "test", List.of(
                new ThreadIndex.Entry("/a/2005-October/000010.html", "mid:root@x", "01128000000/root@x-01128386614.10-",
                        "Re: Old", "Bob")));
        List<Message> t = Msgs.thread(List.of(october),
                Msgs.mail("root", "Ann", 0, "Old", "september post").url("/a/2005-September/000005.html"),
                page("p10", "Bob", T.plusSeconds(86_400 * 200), "Re: Old", "reply").url("/a/2005-October/000010.html"));
        assertThat(byId(t, "p10").parentId()).isEqualTo("<root@x>");
    }

    @Test
    void headersWinOverTheIndex() {
        ThreadIndex ix = index(
                new ThreadIndex.Entry("/a/2005-March/000002.html", "/a/2005-March/000003.html", "0.3-0.2-", "Topic", "Bob"));
        List<Message> t = Msgs.thread(List.of(ix),
                Msgs.mail("a", "Ann", 0, "Topic", "first").url("/a/2005-March/000001.html"),
                Msgs.mail("b", "Bob", 5, "Re: Topic", "second").url("/a/2005-March/000002.html")
                        .inReplyTo(List.of(Msgs.mid("a"))),
                Msgs.mail("c", "Cy", 7, "Topic", "third").url("/a/2005-March/000003.html"));
        assertThat(byId(t, Msgs.mid("b")).parentId()).isEqualTo(Msgs.mid("a"));
        assertThat(byId(t, Msgs.mid("b")).parentLink().how()).isEqualTo(LinkMethod.HEADER);
    }
}
