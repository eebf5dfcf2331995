package org.listscope.thread;

import java.util.Arrays;
import org.listscope.model.LinkMethod;

/**
 * The reply forest being assembled: parent pointers that never form a loop. Links are offered
 * strongest evidence first; a message keeps the first parent it accepts, and a link that would
 * close a loop is refused (the caller warns).
 */
final class Forest {

    final int[] parent;
    final Link[] link;

    Forest(int size) {
        parent = new int[size];
        link = new Link[size];
        Arrays.fill(parent, -1);
    }

    /** Sets {@code l} as the parent link of {@code child} unless it has one; false when it would close a loop. */
    boolean offer(int child, Link l) {
        if (l == null || parent[child] >= 0) return true;
        if (isAncestor(child, l.parent())) return false;
        parent[child] = l.parent();
        link[child] = l;
        return true;
    }

    /** Whether {@code a} is {@code b} or an ancestor of it. */
    boolean isAncestor(int a, int b) {
        for (int p = b; p >= 0; p = parent[p]) {
            if (p == a) return true;
        }
        return false;
    }

    /** The root of each message's tree, found once per message (iteratively, no deep recursion). */
    int[] roots() {
        int n = parent.length;
        int[] root = new int[n];
        Arrays.fill(root, -1);
        int[] stack = new int[n];
        for (int i = 0; i < n; i++) {
            int top = 0;
            int p = i;
            while (root[p] < 0 && parent[p] >= 0) {
                stack[top++] = p;
                p = parent[p];
            }
            int r = root[p] >= 0 ? root[p] : p;
            root[p] = r;
            while (top > 0) root[stack[--top]] = r;
        }
        return root;
    }

    /** How the parent of {@code i} was found, or {@code null} for a root. */
    LinkMethod how(int i) {
        return link[i] == null ? null : link[i].how();
    }
}
