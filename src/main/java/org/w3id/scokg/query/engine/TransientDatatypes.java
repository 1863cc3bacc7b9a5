package org.w3id.scokg.query.engine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.datatypes.BaseDatatype;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.shared.impl.JenaParameters;

/**
 * Jena's registry of datatypes ({@link TypeMapper}) as a server needs it: the datatypes Jena and the
 * graph registered, and every other one made anew where it is named, never kept. Jena keeps each
 * datatype IRI it is given for as long as the JVM runs, so every query, fragment or {@code STRDT}
 * that names a new one grew the heap for good: one query of {@code STRDT} with an IRI made per row
 * kept 26,166, and 5 s of such rows, 60 MB. An unknown datatype is Jena's own {@link BaseDatatype},
 * one instance per IRI for as long as anything holds it (a cache of weak values), as Jena's
 * registry gives it: two literals of one unknown datatype are the same value only where their
 * datatypes are the same instance ({@code LiteralLabel.sameValueAs}), so a fresh instance per use
 * would have made them differ. Once nothing holds it, the collector frees it. {@link
 * TypeMapper#setInstance} is Jena's hook for a registry of one's own.
 */
public final class TransientDatatypes extends TypeMapper {
    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    private final TypeMapper known;
    private final Cache<String, RDFDatatype> unknown = Caffeine.newBuilder().weakValues().build();

    private TransientDatatypes(TypeMapper known) {
        this.known = known;
    }

    /** Puts this registry in Jena's place, over the datatypes registered so far; once per JVM. */
    public static void install() {
        if (INSTALLED.compareAndSet(false, true)) TypeMapper.setInstance(new TransientDatatypes(TypeMapper.getInstance()));
    }

    @Override
    public RDFDatatype getSafeTypeByName(String uri) {
        RDFDatatype registered = uri == null ? null : known.getTypeByName(uri);
        if (registered != null) return registered;
        // Jena's own answer where it would keep nothing: null for no IRI, its exception where unknown datatypes are refused.
        if (uri == null || !JenaParameters.enableSilentAcceptanceOfUnknownDatatypes) return known.getSafeTypeByName(uri);
        return unknown.get(uri, BaseDatatype::new);
    }

    @Override
    public RDFDatatype getTypeByName(String uri) {
        return known.getTypeByName(uri);
    }

    @Override
    public RDFDatatype getTypeByValue(Object value) {
        return known.getTypeByValue(value);
    }

    @Override
    public Iterator<RDFDatatype> listTypes() {
        return known.listTypes();
    }

    @Override
    public RDFDatatype getTypeByClass(Class<?> clazz) {
        return known.getTypeByClass(clazz);
    }

    @Override
    public void registerDatatype(RDFDatatype type) {
        known.registerDatatype(type);
    }

    @Override
    public void unregisterDatatype(RDFDatatype type) {
        known.unregisterDatatype(type);
    }
}
