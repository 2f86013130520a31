package org.papergraph.rdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.papergraph.extract.Entity;
import org.papergraph.extract.EntityFact;
import org.papergraph.extract.EntityRelationFact;
import org.papergraph.extract.EntityType;
import org.papergraph.extract.Evidence;
import org.papergraph.extract.Fact;
import org.papergraph.extract.LinkFact;
import org.papergraph.extract.Names;
import org.papergraph.extract.Relation;
import org.papergraph.extract.ResultFact;

/**
 * Writes one extraction's facts into a paper graph: the direct triple of each fact, the description of every
 * entity it touches, and one {@code pg:Mention} per fact carrying its evidence. One instance per paper.
 */
final class FactMapper {
    private final Triples t;
    private final Node paper;
    /** entity key -> the rdfs:label used in this graph (one label per entity per paper graph). */
    private final Map<String, String> labels = new HashMap<>();

    FactMapper(Triples t, Node paper) {
        this.t = t;
        this.paper = paper;
    }

    void addAll(List<Fact> facts) {
        for (Fact f : facts) {
            // Java 17: no pattern switch yet; Fact is sealed to these four
            if (f instanceof EntityFact ef) {
                entityFact(ef);
            } else if (f instanceof LinkFact lf) {
                linkFact(lf);
            } else if (f instanceof ResultFact rf) {
                resultFact(rf);
            } else if (f instanceof EntityRelationFact rel) {
                relationFact(rel);
            }
        }
    }

    private void entityFact(EntityFact f) {
        Node e = entity(f.entity());
        t.add(paper, Vocab.forRelation(f.relation()), e);
        Node m = mention(f.relation(), e, f.evidence(), f.surface());
        t.add(m, Vocab.asType, Vocab.classOf(f.entity().type()).asNode());
    }

    private void linkFact(LinkFact f) {
        Node target = Iris.web(f.url());
        t.add(paper, Vocab.forRelation(f.relation()), target);
        t.type(target, f.relation() == Relation.CODE ? Vocab.CodeRepository : Vocab.WebPage);
        t.anyUri(target, Vocab.url, f.url());
        String written = f.written() == null || f.written().isBlank() ? f.url() : f.written();
        Node m = mention(f.relation(), target, f.evidence(), written);
        t.anyUri(m, Vocab.url, f.url());
    }

    private void resultFact(ResultFact f) {
        Evidence ev = f.evidence();
        String valueText = f.valueText() == null ? "" : f.valueText();
        Node r = Iris.paperPart(paper, "result", keyOf(f.subject()), f.metric(), valueText, keyOf(f.dataset()),
                ev.sentence(), Integer.toString(ev.start()), Integer.toString(ev.end()));
        t.add(paper, Vocab.reportsResult, r);
        t.type(r, Vocab.Result);
        t.decimal(r, Vocab.value, f.value());
        t.str(r, Vocab.valueText, valueText);
        t.text(r, Vocab.unit, f.unit());
        t.text(r, Vocab.metricName, f.metric());
        if (!Names.key(f.metric()).isEmpty()) {
            t.add(r, Vocab.metric, entity(Entity.of(f.metric().strip(), EntityType.METRIC)));
        }
        if (f.dataset() != null) {
            t.add(r, Vocab.onDataset, entity(f.dataset()));
            // as this result's sentence writes it ("K400"), not the label the entity got first ("Kinetics-400")
            String written = f.dataset().name();
            t.str(r, Vocab.datasetLabel, written.isBlank() ? labels.get(f.dataset().key()) : written);
        }
        if (f.subject() != null) {
            t.add(r, Vocab.resultSubject, entity(f.subject()));
        }
        mention(Relation.RESULT, r, ev, valueText);
    }

    private void relationFact(EntityRelationFact f) {
        Node s = entity(f.subject());
        Node o = entity(f.object());
        t.add(s, Vocab.forRelation(f.relation()), o);
        Node m = mention(f.relation(), o, f.evidence(), f.object().name(), f.subject().key());
        t.add(m, Vocab.mentionSubject, s);
    }

    /** Describes an entity in this graph (class, label, aliases, key, family) and returns its node. */
    private Node entity(Entity e) {
        Node n = Iris.entity(e.key());
        t.type(n, Vocab.Entity);
        t.type(n, Vocab.classOf(e.type()));
        String name = e.name().isBlank() ? e.key() : e.name();
        String label = labels.putIfAbsent(e.key(), name);
        if (label == null) {
            t.str(n, RDFS.label, name);
        } else if (!label.equals(name)) {
            t.str(n, SKOS.altLabel, name);
        }
        for (String alias : e.aliases()) {
            if (!alias.isBlank() && !alias.equals(labels.get(e.key()))) {
                t.str(n, SKOS.altLabel, alias);
            }
        }
        t.str(n, Vocab.entityKey, e.key());
        if (e.familyKey() != null && !e.familyKey().isBlank() && !e.familyKey().equals(e.key())) {
            Node family = Iris.entity(e.familyKey());
            t.add(n, Vocab.variantOf, family);
            t.str(family, Vocab.entityKey, e.familyKey());
        }
        t.text(n, Vocab.externalId, e.externalId());
        return n;
    }

    /**
     * The provenance node of one fact. Its IRI hashes everything that identifies the fact, so re-ingest mints
     * the same IRI and two identical facts collapse into one.
     */
    private Node mention(Relation relation, Node target, Evidence ev, String surface, String... extra) {
        String rule = ev.rule() == null || ev.rule().isBlank() ? "unspecified" : ev.rule();
        String[] parts = new String[8 + extra.length];
        parts[0] = relation.label();
        parts[1] = target.getURI();
        parts[2] = surface;
        parts[3] = String.valueOf(ev.section());
        parts[4] = ev.sentence();
        parts[5] = Integer.toString(ev.start());
        parts[6] = Integer.toString(ev.end());
        parts[7] = rule;
        System.arraycopy(extra, 0, parts, 8, extra.length);
        Node m = Iris.paperPart(paper, "m", parts);
        t.add(paper, Vocab.mention, m);
        t.type(m, Vocab.Mention);
        t.add(m, Vocab.mentionOf, target);
        t.str(m, Vocab.relation, relation.label());
        t.str(m, Vocab.surfaceForm, surface == null ? "" : surface);
        t.str(m, Vocab.sentence, ev.sentence());
        t.text(m, Vocab.section, ev.section());
        if (ev.start() >= 0 && ev.end() >= ev.start()) {
            t.integer(m, Vocab.spanStart, ev.start());
            t.integer(m, Vocab.spanEnd, ev.end());
        }
        t.str(m, Vocab.rule, rule);
        t.dbl(m, Vocab.confidence, ev.confidence());
        return m;
    }

    private static String keyOf(Entity e) {
        return e == null ? "" : e.key();
    }
}
