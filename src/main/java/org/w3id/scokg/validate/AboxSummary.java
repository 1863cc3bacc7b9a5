package org.w3id.scokg.validate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.semanticweb.owlapi.model.AxiomType;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLClassAssertionAxiom;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLDataPropertyAssertionAxiom;
import org.semanticweb.owlapi.model.OWLDataPropertyExpression;
import org.semanticweb.owlapi.model.OWLDeclarationAxiom;
import org.semanticweb.owlapi.model.OWLIndividual;
import org.semanticweb.owlapi.model.OWLObjectPropertyAssertionAxiom;
import org.semanticweb.owlapi.model.OWLObjectPropertyExpression;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.parameters.Imports;

/**
 * A summary of an ontology's ABox (Dolby et al., "Scalable semantic retrieval through summarization
 * and refinement", AAAI 2007): individuals with the same asserted classes, the same values of the
 * data properties the schema constrains beyond their domain and range (functional ones, those in
 * a restriction) and the same classes of the values of such object properties become one summary
 * individual, and every assertion about them an assertion about it. The schema
 * is kept as it is.
 *
 * <p>What it proves: if the summary is consistent, so is the ontology. A model of the summary is a
 * model of the ontology when each individual is read as its summary individual: the domain and
 * every class and property are unchanged, so the schema still holds, and each assertion holds
 * because its image is asserted of the summary. That needs no unique name assumption (OWL 2 has
 * none) and some individuals kept as themselves: those that must stay apart (DifferentIndividuals,
 * negative property assertions), those named by the schema (nominals) or inside asserted class
 * expressions, and those of SameIndividual (owl:sameAs), which would otherwise merge every
 * individual linked to an untyped one. What it does not prove: an inconsistent summary says nothing
 * about the ontology (merging may join two values of a functional property), so the caller then
 * checks the ontology in full; whatever is inconsistent is still found, in full.
 */
final class AboxSummary {
    private static final String SUMMARY_NS = "urn:sco-kg:summary:";
    private static final Set<AxiomType<?>> UNCONSTRAINING = Set.of(AxiomType.DATA_PROPERTY_DOMAIN, AxiomType.DATA_PROPERTY_RANGE,
            AxiomType.SUB_DATA_PROPERTY, AxiomType.EQUIVALENT_DATA_PROPERTIES, AxiomType.OBJECT_PROPERTY_DOMAIN,
            AxiomType.OBJECT_PROPERTY_RANGE, AxiomType.SUB_OBJECT_PROPERTY, AxiomType.EQUIVALENT_OBJECT_PROPERTIES);

    private final OWLOntology ontology;
    private final OWLDataFactory factory;
    private final Set<OWLIndividual> fixed = new HashSet<>();
    private final Map<OWLIndividual, Set<Object>> types = new HashMap<>();
    private final Map<OWLIndividual, OWLIndividual> image = new HashMap<>();

    private AboxSummary(OWLOntology ontology, OWLDataFactory factory) {
        this.ontology = ontology;
        this.factory = factory;
    }

    /** The schema of {@code ontology} with its ABox summarised; consistent only if the ontology is. */
    static Set<OWLAxiom> of(OWLOntology ontology, OWLDataFactory factory) {
        return new AboxSummary(ontology, factory).summarise();
    }

    private Set<OWLAxiom> summarise() {
        // The properties the schema says more of than their domain, range and super-properties
        // (functional, counted in a restriction, disjoint, inverse): merging two individuals may
        // break what it says of them.
        Set<OWLDataPropertyExpression> constrainedData = new HashSet<>();
        Set<OWLObjectPropertyExpression> constrainedObject = new HashSet<>();
        ontology.axioms(Imports.EXCLUDED)
                .filter(a -> a.isLogicalAxiom() && !a.isOfType(AxiomType.ABoxAxiomTypes) && !a.isOfType(UNCONSTRAINING))
                .forEach(a -> {
                    a.dataPropertiesInSignature().forEach(constrainedData::add);
                    a.objectPropertiesInSignature().forEach(constrainedObject::add);
                });
        readIndividuals(constrainedData);
        return summary(keys(constrainedObject));
    }

    /**
     * Reads which individuals stay themselves ({@code fixed}) and the types of the others: their
     * asserted classes and their values of the properties of {@code constrainedData}.
     */
    private void readIndividuals(Set<OWLDataPropertyExpression> constrainedData) {
        ontology.axioms(Imports.EXCLUDED).forEach(axiom -> {
            if (!axiom.isOfType(AxiomType.ABoxAxiomTypes)) {
                if (axiom.isLogicalAxiom()) axiom.individualsInSignature().forEach(fixed::add);
                axiom.anonymousIndividuals().forEach(fixed::add);
            } else if (axiom.isOfType(AxiomType.DIFFERENT_INDIVIDUALS, AxiomType.NEGATIVE_OBJECT_PROPERTY_ASSERTION,
                    AxiomType.NEGATIVE_DATA_PROPERTY_ASSERTION, AxiomType.SAME_INDIVIDUAL)) {
                axiom.individualsInSignature().forEach(fixed::add);
                axiom.anonymousIndividuals().forEach(fixed::add);
            } else if (axiom instanceof OWLClassAssertionAxiom c) {
                c.getClassExpression().individualsInSignature().forEach(fixed::add);
                c.getClassExpression().anonymousIndividuals().forEach(fixed::add);
                typesOf(c.getIndividual()).add(c.getClassExpression());
            } else if (axiom instanceof OWLDataPropertyAssertionAxiom d && constrainedData.contains(d.getProperty())) {
                typesOf(d.getSubject()).add(List.of(d.getProperty(), d.getObject()));
            }
        });
    }

    /**
     * What makes two individuals one summary individual: their types and, for each property of
     * {@code constrainedObject}, the types of their values.
     */
    private Map<OWLIndividual, Set<Object>> keys(Set<OWLObjectPropertyExpression> constrainedObject) {
        // The classes of a functional property's value: two individuals whose values must be one
        // are merged only when those values are alike too.
        Map<OWLIndividual, Set<Object>> keys = new HashMap<>();
        types.forEach((individual, own) -> keys.put(individual, new HashSet<>(own)));
        ontology.axioms(AxiomType.OBJECT_PROPERTY_ASSERTION, Imports.EXCLUDED).forEach(a -> {
            if (constrainedObject.contains(a.getProperty())) {
                keys.computeIfAbsent(a.getSubject(), i -> new HashSet<>()).add(List.of(a.getProperty(), typesOf(a.getObject())));
            }
        });
        return keys;
    }

    /** The schema as it is, and every assertion made of the summary individuals {@code keys} make. */
    private Set<OWLAxiom> summary(Map<OWLIndividual, Set<Object>> keys) {
        Map<Set<Object>, OWLIndividual> summaries = new HashMap<>();
        Set<OWLAxiom> summary = new HashSet<>();
        ontology.axioms(Imports.EXCLUDED).forEach(axiom -> {
            if (!axiom.isOfType(AxiomType.ABoxAxiomTypes)) {
                if (axiom.isLogicalAxiom() || axiom instanceof OWLDeclarationAxiom d && !d.getEntity().isOWLNamedIndividual()) summary.add(axiom);
            } else if (axiom instanceof OWLClassAssertionAxiom c) {
                summary.add(factory.getOWLClassAssertionAxiom(c.getClassExpression(), imageOf(c.getIndividual(), keys, summaries)));
            } else if (axiom instanceof OWLObjectPropertyAssertionAxiom o) {
                summary.add(factory.getOWLObjectPropertyAssertionAxiom(o.getProperty(),
                        imageOf(o.getSubject(), keys, summaries), imageOf(o.getObject(), keys, summaries)));
            } else if (axiom instanceof OWLDataPropertyAssertionAxiom d) {
                summary.add(factory.getOWLDataPropertyAssertionAxiom(d.getProperty(), imageOf(d.getSubject(), keys, summaries), d.getObject()));
            } else {
                summary.add(axiom.getAxiomWithoutAnnotations());
            }
        });
        return summary;
    }

    private Set<Object> typesOf(OWLIndividual individual) {
        return types.computeIfAbsent(individual, i -> new HashSet<>());
    }

    private OWLIndividual imageOf(OWLIndividual individual, Map<OWLIndividual, Set<Object>> keys, Map<Set<Object>, OWLIndividual> summaries) {
        if (fixed.contains(individual)) return individual;
        return image.computeIfAbsent(individual, i -> summaries.computeIfAbsent(keys.getOrDefault(i, Set.of()),
                key -> factory.getOWLNamedIndividual(IRI.create(SUMMARY_NS + summaries.size()))));
    }
}
