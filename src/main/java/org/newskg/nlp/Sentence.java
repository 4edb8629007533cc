package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A sentence with its tokens and dependency graph, and navigation over that graph. */
public final class Sentence {
    private final int index;
    private final int begin;
    private final int end;
    private final String text;
    private final List<Token> tokens;
    private final List<Dependency> dependencies;
    private final List<List<Dependency>> out;
    private final List<List<Dependency>> in;
    private final int[] head;
    private final String[] headRelation;

    /**
     * @param basic        the basic dependency tree (one head per token), used for subtrees
     * @param dependencies the enhanced++ graph, used for relations between words
     */
    public Sentence(int index, int begin, int end, String text, List<Token> tokens, List<Dependency> basic,
                    List<Dependency> dependencies) {
        this.index = index;
        this.begin = begin;
        this.end = end;
        this.text = text;
        this.tokens = List.copyOf(tokens);
        this.dependencies = List.copyOf(dependencies);
        this.out = new ArrayList<>(tokens.size());
        this.in = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            out.add(new ArrayList<>(2));
            in.add(new ArrayList<>(1));
        }
        this.head = new int[tokens.size()];
        this.headRelation = new String[tokens.size()];
        java.util.Arrays.fill(head, -1);
        java.util.Arrays.fill(headRelation, "root");
        for (Dependency d : basic) {
            head[d.dependent()] = d.governor();
            headRelation[d.dependent()] = d.relation();
        }
        for (Dependency d : dependencies) {
            if (d.governor() >= 0) {
                out.get(d.governor()).add(d);
            }
            in.get(d.dependent()).add(d);
        }
    }

    public int index() { return index; }
    public int begin() { return begin; }
    public int end() { return end; }
    public String text() { return text; }
    public List<Token> tokens() { return tokens; }
    public Token token(int i) { return tokens.get(i); }
    public int size() { return tokens.size(); }
    public List<Dependency> dependencies() { return dependencies; }

    /** Dependencies whose governor is token i. */
    public List<Dependency> children(int i) {
        return out.get(i);
    }

    /** Dependencies whose dependent is token i (more than one in enhanced graphs). */
    public List<Dependency> parents(int i) {
        return in.get(i);
    }

    /** Dependents of i over relations whose base (or full name) is one of {@code relations}. */
    public List<Integer> children(int i, String... relations) {
        List<Integer> r = new ArrayList<>();
        for (Dependency d : out.get(i)) {
            for (String rel : relations) {
                if (d.relation().equals(rel) || d.base().equals(rel)) {
                    r.add(d.dependent());
                    break;
                }
            }
        }
        return r;
    }

    public boolean hasChild(int i, Predicate<Dependency> test) {
        return out.get(i).stream().anyMatch(test);
    }

    /** The parent of i in the basic tree, or -1 for the root. */
    public int head(int i) {
        return head[i];
    }

    /** The basic-tree relation from i's parent to i, or "root". */
    public String relationToHead(int i) {
        return headRelation[i];
    }

    /** Text between two token indices (inclusive), taken from the sentence text. */
    public String span(int from, int to) {
        return text.substring(tokens.get(from).begin() - begin, tokens.get(to).end() - begin);
    }

    /** Token indices of i's subtree in the basic tree (enhanced extras are not followed), sorted. */
    public int[] subtreeBounds(int i) {
        int lo = i;
        int hi = i;
        List<Integer> stack = new ArrayList<>(List.of(i));
        boolean[] seen = new boolean[tokens.size()];
        while (!stack.isEmpty()) {
            int t = stack.remove(stack.size() - 1);
            if (seen[t]) {
                continue;
            }
            seen[t] = true;
            lo = Math.min(lo, t);
            hi = Math.max(hi, t);
            for (int c = 0; c < head.length; c++) {
                if (head[c] == t && !seen[c]) {
                    stack.add(c);
                }
            }
        }
        return new int[]{lo, hi};
    }

    @Override
    public String toString() {
        return text;
    }
}
