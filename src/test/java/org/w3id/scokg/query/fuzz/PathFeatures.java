package org.w3id.scokg.query.fuzz;

import java.util.Set;
import org.apache.jena.sparql.path.P_Alt;
import org.apache.jena.sparql.path.P_Inverse;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.P_NegPropSet;
import org.apache.jena.sparql.path.P_OneOrMore1;
import org.apache.jena.sparql.path.P_OneOrMoreN;
import org.apache.jena.sparql.path.P_Path1;
import org.apache.jena.sparql.path.P_Path2;
import org.apache.jena.sparql.path.P_Seq;
import org.apache.jena.sparql.path.P_ZeroOrMore1;
import org.apache.jena.sparql.path.P_ZeroOrMoreN;
import org.apache.jena.sparql.path.P_ZeroOrOne;
import org.apache.jena.sparql.path.Path;

/** The path operators of one property path, nesting included. */
final class PathFeatures {
    private PathFeatures() {}

    static void of(Path path, Set<Feature> found) {
        if (path instanceof P_Inverse) found.add(Feature.PATH_INVERSE);
        else if (path instanceof P_Seq) found.add(Feature.PATH_SEQUENCE);
        else if (path instanceof P_Alt) found.add(Feature.PATH_ALTERNATIVE);
        else if (path instanceof P_ZeroOrMore1 || path instanceof P_ZeroOrMoreN) found.add(Feature.PATH_ZERO_OR_MORE);
        else if (path instanceof P_OneOrMore1 || path instanceof P_OneOrMoreN) found.add(Feature.PATH_ONE_OR_MORE);
        else if (path instanceof P_ZeroOrOne) found.add(Feature.PATH_ZERO_OR_ONE);
        else if (path instanceof P_NegPropSet set) {
            found.add(Feature.PATH_NEGATED);
            if (!set.getBwdNodes().isEmpty()) found.add(Feature.PATH_NEGATED_INVERSE);
        }
        if (path instanceof P_Path1 one) {
            if (!(one.getSubPath() instanceof P_Link)) found.add(Feature.PATH_NESTED);
            of(one.getSubPath(), found);
        } else if (path instanceof P_Path2 two) {
            if (!(two.getLeft() instanceof P_Link) || !(two.getRight() instanceof P_Link)) found.add(Feature.PATH_NESTED);
            of(two.getLeft(), found);
            of(two.getRight(), found);
        }
    }
}
