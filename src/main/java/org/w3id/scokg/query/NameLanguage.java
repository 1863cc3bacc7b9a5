package org.w3id.scokg.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_Equals;
import org.apache.jena.sparql.expr.E_If;
import org.apache.jena.sparql.expr.E_Lang;
import org.apache.jena.sparql.expr.E_LangMatches;
import org.apache.jena.sparql.expr.E_LessThan;
import org.apache.jena.sparql.expr.E_LogicalAnd;
import org.apache.jena.sparql.expr.E_LogicalNot;
import org.apache.jena.sparql.expr.E_LogicalOr;
import org.apache.jena.sparql.expr.E_NotEquals;
import org.apache.jena.sparql.expr.E_NotExists;
import org.apache.jena.sparql.expr.E_OneOf;
import org.apache.jena.sparql.expr.E_Str;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.P_Seq;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.PatternVars;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformer;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * A named query made to name things in another language, for the editor a reader opens it in from a
 * page in that language. The queries name things in English ({@code ?state rdfs:label ?name .
 * FILTER(LANGMATCHES(LANG(?name), "en"))}); each such filter, where a triple of the same group
 * binds its variable under a constant predicate, alone or as one of a conjunction
 * ({@code LANGMATCHES(...) && LANGMATCHES(...)}), becomes "the name in {@code tag}, else in a script
 * or region of it, else the English one", as the pages fall back ({@code Labels}): {@code
 * FILTER(LANGMATCHES(LANG(?name), "zh") || LANGMATCHES(LANG(?name), "en")) FILTER NOT EXISTS {
 * ?state rdfs:label ?name_zh FILTER(LANG(?name_zh) = "zh" && LANG(?name) != "zh" ||
 * LANGMATCHES(LANG(?name_zh), "zh") && !LANGMATCHES(LANG(?name), "zh")) }} (no name of the thing
 * better than this one), so a thing the graph names only in English keeps its row and its English
 * name, and a thing named in both has one row, not two. The
 * tag is matched exactly first: two things have both a {@code zh} and a {@code zh-Hant} label, of
 * which the {@code zh} one is taken; a thing named in Chinese in traditional script only (the
 * Yekaterinburg Agreement, the Tashkent summit of 2016) is named so, as on its Chinese page, not in
 * English. A name bound by {@code rdfs:label} falls back as the pages do to
 * another name ({@code skos:altLabel}) in the tag before the English one: its triple binds a
 * predicate of its own, a label or another name, and one key orders a thing's names as {@code
 * Labels} does ({@link #labelOrOtherName}), so the Dushanbe Declaration of 2014, named in Russian
 * only by its short name, is named so in the Russian editor, not in English.
 *
 * <p>A name reached by a path whose last step is a constant predicate ({@code ?a
 * sco:actor/rdfs:label ?actorName}) is asked of the thing it names: the path is written as the two
 * steps it stands for, its hidden middle a variable of its own, named for the name and used nowhere
 * else in the query ({@code ?a sco:actor ?actorName_thing . ?actorName_thing rdfs:label
 * ?actorName}), as SPARQL evaluates a sequence path (a join on a fresh variable), so the answer is
 * the same but for the names' language. A filter of any other shape is left as it is. Jena's own
 * syntax transform, so the query is rewritten as parsed, never as text.
 */
final class NameLanguage {
    private NameLanguage() {}

    /** {@code query} naming things in {@code tag} where the graph has a name there; itself for English. */
    static Query preferring(Query query, String tag) {
        if (tag.equals("en")) return query;
        Query copy = query.cloneQuery();
        // The variables a path's middle must not be named as: the query's own, and the middles named before.
        Set<Var> taken = new HashSet<>(PatternVars.vars(query.getQueryPattern()));
        taken.addAll(query.getProjectVars());
        Map<Triple, Var> labelled = new HashMap<>();
        copy.setQueryPattern(ElementTransformer.transform(query.getQueryPattern(), new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementGroup group, List<Element> members) {
                List<Element> stepped = steppedPaths(members, taken);
                Map<Triple, Var> predicates = new HashMap<>();
                List<Element> filtered = new ArrayList<>();
                for (Element member : stepped) {
                    if (member instanceof ElementFilter filter) filtered.addAll(preferring(filter, stepped, tag, taken, predicates));
                    else filtered.add(member);
                }
                labelled.putAll(predicates);
                ElementGroup out = new ElementGroup();
                for (Element member : filtered) out.addElement(member instanceof ElementPathBlock block ? byPredicate(block, predicates) : member);
                return out;
            }
        }));
        // The other names' predicate by the prefix the pages' readers know, where the query has none of that name.
        if (!labelled.isEmpty() && copy.getPrefixMapping().getNsPrefixURI("skos") == null) copy.getPrefixMapping().setNsPrefix("skos", SKOS.getURI());
        return copy;
    }

    /**
     * The group's members with each path that binds an English name its filters ask for, and whose
     * last step is a constant predicate, written as two steps through a variable of its own: {@code
     * ?a sco:actor/rdfs:label ?actorName} as {@code ?a sco:actor ?actorName_thing . ?actorName_thing
     * rdfs:label ?actorName}. Every other member as it is.
     */
    private static List<Element> steppedPaths(List<Element> members, Set<Var> taken) {
        List<Var> named = new ArrayList<>();
        for (Element member : members) {
            if (member instanceof ElementFilter filter) englishNames(filter.getExpr(), named);
        }
        if (named.isEmpty()) return members;
        List<Element> out = new ArrayList<>();
        for (Element member : members) {
            if (!(member instanceof ElementPathBlock block)) {
                out.add(member);
                continue;
            }
            ElementPathBlock stepped = new ElementPathBlock();
            for (TriplePath path : block.getPattern().getList()) {
                if (!path.isTriple() && path.getObject().isVariable() && named.contains(Var.alloc(path.getObject()))
                        && path.getPath() instanceof P_Seq seq && seq.getRight() instanceof P_Link last) {
                    Var thing = Var.alloc(path.getObject().getName() + "_thing");
                    for (int n = 2; taken.contains(thing); n++) thing = Var.alloc(path.getObject().getName() + "_thing" + n);
                    taken.add(thing);
                    stepped.addTriplePath(seq.getLeft() instanceof P_Link first ? new TriplePath(Triple.create(path.getSubject(), first.getNode(), thing))
                            : new TriplePath(path.getSubject(), seq.getLeft(), thing));
                    stepped.addTriple(Triple.create(thing, last.getNode(), path.getObject()));
                } else {
                    stepped.addTriplePath(path);
                }
            }
            out.add(stepped);
        }
        return out;
    }

    /** Adds to {@code names} the variable of each English name {@code expr} asks for, alone or as one of a conjunction. */
    private static void englishNames(Expr expr, List<Var> names) {
        if (expr instanceof E_LogicalAnd and) {
            englishNames(and.getArg1(), names);
            englishNames(and.getArg2(), names);
        } else {
            englishName(expr).ifPresent(names::add);
        }
    }

    /**
     * The filter as it is where it asks for no English name that a triple of the group binds; else as
     * filters of its conjuncts, all of which the group's rows must pass as they passed the one (a
     * group's filters are one conjunction), each English name among them as two.
     */
    private static List<ElementFilter> preferring(ElementFilter filter, List<Element> members, String tag, Set<Var> taken, Map<Triple, Var> predicates) {
        List<Expr> conjuncts = new ArrayList<>();
        conjuncts(filter.getExpr(), conjuncts);
        List<ElementFilter> out = new ArrayList<>();
        boolean changed = false;
        for (Expr conjunct : conjuncts) {
            Optional<Var> named = englishName(conjunct);
            Optional<Triple> binding = named.flatMap(v -> bindingOf(v, members));
            if (binding.isEmpty()) {
                out.add(new ElementFilter(conjunct));
                continue;
            }
            changed = true;
            Var name = named.get();
            // Inside the NOT EXISTS, named as none of the query's: one of the query's would join it
            // there.
            Var other = fresh(name.getVarName() + "_" + tag, taken);
            if (binding.get().getPredicate().equals(RDFS.label.asNode())) {
                Var predicate = fresh(name.getVarName() + "_p", taken);
                predicates.put(binding.get(), predicate);
                out.addAll(labelOrOtherName(binding.get(), conjunct, predicate, fresh(name.getVarName() + "_q", taken), other, tag));
                continue;
            }
            // A name in the tag (or a script or region of it) or in English, and no name of the same thing
            // that is better: one in the tag itself where this is not, else one in a script of it where
            // this is in none, as the pages fall back (Labels). Two filters, not one expression: Jena
            // writes a NOT EXISTS inside an expression indented to its column, which grew a Russian
            // query's text past the 8 KiB of an address.
            out.add(new ElementFilter(new E_LogicalOr(inRange(name, tag), conjunct)));
            Expr better = new E_LogicalOr(new E_LogicalAnd(inTag(other, tag), new E_NotEquals(new E_Lang(new ExprVar(name)), NodeValue.makeString(tag))),
                    new E_LogicalAnd(inRange(other, tag), new E_LogicalNot(inRange(name, tag))));
            out.add(new ElementFilter(new E_NotExists(elsewhere(binding.get(), other, better))));
        }
        return changed ? out : List.of(filter);
    }

    /**
     * The filters of a name bound by {@code rdfs:label}, which the group now binds by a predicate of
     * its own ({@code ?s ?name_p ?name}), so that a thing's other name ({@code skos:altLabel}) can be
     * its name here as on its page: that predicate a label or another name; the name in the tag (or
     * a script of it), else an English label ({@code english}, the query's own filter); and no name
     * of the thing before it in the pages' order ({@code Labels}). That order is one key, compared as
     * text: in the tag or a script of it, the predicate's IRI (a label's, {@code
     * http://www.w3.org/2000/...}, before another name's, {@code http://www.w3.org/2004/...}), then
     * the language tag and a space ({@code "zh "} before {@code "zh-Hant "}), then the name (the first
     * in code-point order of two alike); anything else {@code "~"}, after all of those and equal to
     * each other, so an English label is beaten by any name in the tag and by nothing else. One key,
     * not a condition per case: the plain form's links carry the query in their address, whose 8 KiB
     * the Russian article-claims nearly fills.
     */
    private static List<ElementFilter> labelOrOtherName(Triple binding, Expr english, Var predicate, Var otherPredicate, Var other, String tag) {
        Var name = Var.alloc(binding.getObject());
        ExprList names = new ExprList(NodeValue.makeNode(RDFS.label.asNode()));
        names.add(NodeValue.makeNode(SKOS.altLabel.asNode()));
        List<ElementFilter> out = new ArrayList<>();
        out.add(new ElementFilter(new E_OneOf(new ExprVar(predicate), names)));
        out.add(new ElementFilter(new E_LogicalOr(inRange(name, tag), new E_LogicalAnd(english, new E_Equals(new ExprVar(predicate), NodeValue.makeNode(RDFS.label.asNode()))))));
        ElementPathBlock block = new ElementPathBlock();
        block.addTriple(Triple.create(binding.getSubject(), otherPredicate, other));
        ElementGroup before = new ElementGroup();
        before.addElement(block);
        before.addElement(new ElementFilter(new E_LogicalAnd(new E_OneOf(new ExprVar(otherPredicate), names),
                new E_LessThan(key(otherPredicate, other, tag), key(predicate, name, tag)))));
        out.add(new ElementFilter(new E_NotExists(before)));
        return out;
    }

    /** {@code IF(LANGMATCHES(LANG(?v), tag), CONCAT(STR(?p), LANG(?v), " ", STR(?v)), "~")}: a name's place in the pages' order. */
    private static Expr key(Var predicate, Var v, String tag) {
        ExprList parts = new ExprList(new E_Str(new ExprVar(predicate)));
        parts.add(new E_Lang(new ExprVar(v)));
        parts.add(NodeValue.makeString(" "));
        parts.add(new E_Str(new ExprVar(v)));
        return new E_If(inRange(v, tag), new E_StrConcat(parts), NodeValue.makeString("~"));
    }

    /** The block with each triple {@code predicates} names written with its predicate a variable ({@code ?s ?name_p ?name}). */
    private static ElementPathBlock byPredicate(ElementPathBlock block, Map<Triple, Var> predicates) {
        if (predicates.isEmpty()) return block;
        ElementPathBlock out = new ElementPathBlock();
        for (TriplePath path : block.getPattern().getList()) {
            Var predicate = path.isTriple() ? predicates.get(path.asTriple()) : null;
            if (predicate == null) out.addTriplePath(path);
            else out.addTriple(Triple.create(path.getSubject(), predicate, path.getObject()));
        }
        return out;
    }

    /** A variable named {@code base}, or {@code base2}, {@code base3}..., as none in {@code taken}; taken now. */
    private static Var fresh(String base, Set<Var> taken) {
        Var v = Var.alloc(base);
        for (int n = 2; taken.contains(v); n++) v = Var.alloc(base + n);
        taken.add(v);
        return v;
    }

    /** Adds {@code expr}'s conjuncts to {@code out}, a conjunction's each, anything else itself. */
    private static void conjuncts(Expr expr, List<Expr> out) {
        if (expr instanceof E_LogicalAnd and) {
            conjuncts(and.getArg1(), out);
            conjuncts(and.getArg2(), out);
        } else {
            out.add(expr);
        }
    }

    /** {@code { ?s p ?other FILTER(test) }}: another value of {@code binding}'s subject and predicate that passes {@code test}. */
    private static ElementGroup elsewhere(Triple binding, Var other, Expr test) {
        ElementPathBlock block = new ElementPathBlock();
        block.addTriple(Triple.create(binding.getSubject(), binding.getPredicate(), other));
        ElementGroup elsewhere = new ElementGroup();
        elsewhere.addElement(block);
        elsewhere.addElement(new ElementFilter(test));
        return elsewhere;
    }

    private static Expr inTag(Var v, String tag) {
        return new E_Equals(new E_Lang(new ExprVar(v)), NodeValue.makeString(tag));
    }

    /** {@code LANGMATCHES(LANG(?v), tag)}: the tag or a script or region of it ({@code zh-Hant} for {@code zh}). */
    private static Expr inRange(Var v, String tag) {
        return new E_LangMatches(new E_Lang(new ExprVar(v)), NodeValue.makeString(tag));
    }

    /** The variable of {@code LANGMATCHES(LANG(?v), "en")}, the queries' one way of asking for an English name. */
    private static Optional<Var> englishName(Expr expr) {
        if (!(expr instanceof E_LangMatches matches) || !(matches.getArg1() instanceof E_Lang lang) || !lang.getArg().isVariable()) return Optional.empty();
        Expr range = matches.getArg2();
        if (!range.isConstant() || !range.getConstant().isString() || !range.getConstant().getString().equals("en")) return Optional.empty();
        return Optional.of(lang.getArg().asVar());
    }

    /**
     * The one triple of the group that binds {@code v} as its object under a constant predicate, from
     * another subject. A path is not one: the thing it names is the path's hidden middle, and "no name
     * in Chinese" asked of {@code ?a} in {@code ?a sco:actor/rdfs:label ?actorName} would drop the
     * English names of an act's other actors where one of them has a Chinese name ({@link
     * #steppedPaths} writes such a path as two steps first, the middle a variable).
     */
    private static Optional<Triple> bindingOf(Var v, List<Element> members) {
        List<Triple> found = new ArrayList<>();
        for (Element member : members) {
            if (!(member instanceof ElementPathBlock block)) continue;
            for (TriplePath path : block.getPattern().getList()) {
                if (path.isTriple() && path.getPredicate().isURI() && v.equals(path.getObject()) && !v.equals(path.getSubject())) found.add(path.asTriple());
            }
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }
}
