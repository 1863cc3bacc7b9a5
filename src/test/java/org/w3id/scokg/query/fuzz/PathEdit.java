package org.w3id.scokg.query.fuzz;

import org.apache.jena.sparql.path.P_Inverse;
import org.apache.jena.sparql.path.P_NegPropSet;
import org.apache.jena.sparql.path.P_OneOrMore1;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.P_Seq;
import org.apache.jena.sparql.path.P_ZeroOrMore1;
import org.apache.jena.sparql.path.P_ZeroOrOne;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathFactory;

/** One edit of a property path for {@link ElementEdit}: a part in place of the whole, or a negated set one member smaller. */
final class PathEdit {
    private PathEdit() {}

    static Path path(Path path, Sites sites) {
        if (sites.applied()) return path;
        if (path instanceof P_Path1 one) {
            if (sites.here()) return one.getSubPath();
            Path sub = path(one.getSubPath(), sites);
            return sub == one.getSubPath() ? path : wrap(one, sub);
        }
        if (path instanceof P_Path2 two) {
            if (sites.here()) return two.getLeft();
            if (sites.here()) return two.getRight();
            Path left = path(two.getLeft(), sites);
            Path right = path(two.getRight(), sites);
            if (left == two.getLeft() && right == two.getRight()) return path;
            return path instanceof P_Seq ? PathFactory.pathSeq(left, right) : PathFactory.pathAlt(left, right);
        }
        if (path instanceof P_NegPropSet set && set.getNodes().size() > 1) {
            for (int i = 0; i < set.getNodes().size(); i++) {
                if (sites.here()) {
                    P_NegPropSet smaller = new P_NegPropSet();
                    for (int j = 0; j < set.getNodes().size(); j++) if (j != i) smaller.add(set.getNodes().get(j));
                    return smaller;
                }
            }
        }
        return path;
    }

    /** {@code sub} under the operator of {@code one}. */
    private static Path wrap(P_Path1 one, Path sub) {
        if (one instanceof P_Inverse) return PathFactory.pathInverse(sub);
        if (one instanceof P_ZeroOrMore1) return PathFactory.pathZeroOrMore1(sub);
        if (one instanceof P_OneOrMore1) return PathFactory.pathOneOrMore1(sub);
        if (one instanceof P_ZeroOrOne) return PathFactory.pathZeroOrOne(sub);
        return one;
    }
}
