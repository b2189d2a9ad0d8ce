package vn.motcua.descriptor.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.motcua.descriptor.DescriptorProblem;

/** Collects problems of one file, locating each by its pointer. Not thread-safe: one per read. */
public final class ProblemSink {
    private final String file;
    private final LocatedTree tree;
    private final Set<DescriptorProblem> problems = new LinkedHashSet<>();

    public ProblemSink(String file, LocatedTree tree) {
        this.file = file;
        this.tree = tree;
    }

    public void add(String pointer, String message) {
        LocatedTree.Position at = tree == null ? LocatedTree.Position.UNKNOWN : tree.positionOf(pointer);
        problems.add(new DescriptorProblem(file, at.line(), at.column(), pointer, message));
    }

    public void addAt(LocatedTree.Position at, String pointer, String message) {
        problems.add(new DescriptorProblem(file, at.line(), at.column(), pointer, message));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<DescriptorProblem> sorted() {
        List<DescriptorProblem> list = new ArrayList<>(problems);
        list.sort(Comparator.comparingInt(DescriptorProblem::line).thenComparingInt(DescriptorProblem::column));
        return list;
    }
}
