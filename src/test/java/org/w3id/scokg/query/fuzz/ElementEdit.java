package org.w3id.scokg.query.fuzz;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.expr.E_Exists;
import org.apache.jena.sparql.expr.E_NotExists;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprFunction3;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnion;

/**
 * One edit of a query pattern, at the place {@link Sites} points to: drop an element of a group,
 * take one branch of a UNION, turn an OPTIONAL or a GRAPH into its plain pattern, a sub-query into
 * its pattern, a VALUES block into half its rows (or, when small, one row fewer) or one column
 * fewer, a triple pattern
 * out of its block, a path into one of its parts, an expression into one of its arguments. Walks
 * in pre-order, so that larger cuts come first.
 */
final class ElementEdit {
    /** VALUES blocks this small lose one row at a time; larger ones half. */
    private static final int FEW_ROWS = 8;
    private final Sites sites;

    ElementEdit(Sites sites) {
        this.sites = sites;
    }

    /** {@code element}, or what replaces it if the edit is in it. */
    Element element(Element element) {
        if (sites.applied()) return element;
        if (element instanceof ElementGroup group) return group(group);
        if (element instanceof ElementOptional optional) {
            if (sites.here()) return optional.getOptionalElement();
            return new ElementOptional(element(optional.getOptionalElement()));
        }
        if (element instanceof ElementUnion union) return union(union);
        if (element instanceof ElementMinus minus) return new ElementMinus(element(minus.getMinusElement()));
        if (element instanceof ElementNamedGraph graph) {
            if (sites.here()) return graph.getElement();
            return new ElementNamedGraph(graph.getGraphNameNode(), element(graph.getElement()));
        }
        if (element instanceof ElementSubQuery sub) {
            if (sites.here()) return sub.getQuery().getQueryPattern();
            Reductions.edit(sub.getQuery(), sites);
            return sub;
        }
        if (element instanceof ElementFilter filter) return new ElementFilter(expr(filter.getExpr()));
        if (element instanceof ElementBind bind) return new ElementBind(bind.getVar(), expr(bind.getExpr()));
        if (element instanceof ElementData data) return data(data);
        if (element instanceof ElementPathBlock block) return block(block);
        return element;
    }

    private Element group(ElementGroup group) {
        List<Element> elements = group.getElements();
        for (int i = 0; i < elements.size(); i++) {
            if (sites.here()) {
                ElementGroup smaller = new ElementGroup();
                for (int j = 0; j < elements.size(); j++) if (j != i) smaller.addElement(elements.get(j));
                return smaller;
            }
        }
        ElementGroup edited = new ElementGroup();
        elements.forEach(e -> edited.addElement(element(e)));
        return edited;
    }

    private Element union(ElementUnion union) {
        for (Element branch : union.getElements()) if (sites.here()) return branch;
        ElementUnion edited = new ElementUnion();
        union.getElements().forEach(branch -> edited.addElement(element(branch)));
        return edited;
    }

    private Element data(ElementData data) {
        List<Binding> rows = data.getRows();
        List<Var> vars = data.getVars();
        if (vars.size() > 1) {
            for (Var var : vars) if (sites.here()) return withoutColumn(data, var);
        }
        if (rows.size() > FEW_ROWS) {
            if (sites.here()) return new ElementData(data.getVars(), new ArrayList<>(rows.subList(0, rows.size() / 2)));
            if (sites.here()) return new ElementData(data.getVars(), new ArrayList<>(rows.subList(rows.size() / 2, rows.size())));
        } else if (rows.size() > 1) {
            for (int i = 0; i < rows.size(); i++) {
                if (sites.here()) {
                    List<Binding> fewer = new ArrayList<>(rows);
                    fewer.remove(i);
                    return new ElementData(data.getVars(), fewer);
                }
            }
        }
        return data;
    }

    private static Element withoutColumn(ElementData data, Var dropped) {
        List<Var> vars = new ArrayList<>(data.getVars());
        vars.remove(dropped);
        List<Binding> rows = new ArrayList<>();
        for (Binding row : data.getRows()) {
            BindingBuilder kept = Binding.builder();
            row.forEach((var, node) -> {
                if (!var.equals(dropped)) kept.add(var, node);
            });
            rows.add(kept.build());
        }
        return new ElementData(vars, rows);
    }

    private Element block(ElementPathBlock block) {
        List<TriplePath> paths = block.getPattern().getList();
        if (paths.size() > 1) {
            for (int i = 0; i < paths.size(); i++) {
                if (sites.here()) {
                    ElementPathBlock smaller = new ElementPathBlock();
                    for (int j = 0; j < paths.size(); j++) if (j != i) smaller.addTriplePath(paths.get(j));
                    return smaller;
                }
            }
        }
        ElementPathBlock edited = new ElementPathBlock();
        for (TriplePath path : paths) {
            if (path.isTriple()) edited.addTriplePath(path);
            else edited.addTriplePath(new TriplePath(path.getSubject(), PathEdit.path(path.getPath(), sites), path.getObject()));
        }
        return edited;
    }

    /** {@code expr}, one of its arguments in its place, or an EXISTS with an edited pattern. */
    Expr expr(Expr expr) {
        if (sites.applied()) return expr;
        if (expr instanceof ExprFunctionOp exists) {
            Element pattern = element(exists.getElement());
            return exists instanceof E_Exists ? new E_Exists(pattern) : exists instanceof E_NotExists ? new E_NotExists(pattern) : expr;
        }
        if (!(expr instanceof ExprFunction function) || expr instanceof ExprAggregator) return expr;
        for (Expr arg : function.getArgs()) if (sites.here()) return arg;
        List<Expr> args = new ArrayList<>();
        boolean changed = false;
        for (Expr arg : function.getArgs()) {
            Expr edited = expr(arg);
            changed |= edited != arg;
            args.add(edited);
        }
        return changed ? rebuilt(function, args) : expr;
    }

    private static Expr rebuilt(ExprFunction function, List<Expr> args) {
        if (function instanceof ExprFunction1 one) return one.copy(args.get(0));
        if (function instanceof ExprFunction2 two) return two.copy(args.get(0), args.get(1));
        if (function instanceof ExprFunction3 three) return three.copy(args.get(0), args.get(1), args.get(2));
        if (function instanceof ExprFunctionN many) return many.copy(new ExprList(args));
        return function;
    }
}
