package org.papergraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.papergraph.extract.EntityType;
import org.papergraph.extract.Relation;

/**
 * Every IRI PaperGraph mints or uses, in one place. The ontology itself is {@code ontology/papergraph.ttl}.
 */
public final class Vocab {
    private Vocab() {
    }

    /** Base of all minted resources; a server may present them under its own base (see server package). */
    public static final String BASE = "https://w3id.org/papergraph/";
    /** The ontology namespace, prefix {@code pg:}. */
    public static final String NS = BASE + "ontology#";
    public static final String PAPER_BASE = BASE + "paper/";
    public static final String ENTITY_BASE = BASE + "entity/";
    public static final String GRAPH_BASE = BASE + "graph/";
    public static final String REPO_BASE = BASE + "repo/";

    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String SCHEMA = "https://schema.org/";
    public static final String FABIO = "http://purl.org/spar/fabio/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String LPWC_CLASS = "https://linkedpaperswithcode.com/class/";
    public static final String LPWC_PROPERTY = "https://linkedpaperswithcode.com/property/";

    // Classes
    public static final Resource Paper = cls("Paper");
    public static final Resource Entity = cls("Entity");
    public static final Resource Method = cls("Method");
    public static final Resource Model = cls("Model");
    public static final Resource Dataset = cls("Dataset");
    public static final Resource Benchmark = cls("Benchmark");
    public static final Resource Framework = cls("Framework");
    public static final Resource Tool = cls("Tool");
    public static final Resource Metric = cls("Metric");
    public static final Resource Task = cls("Task");
    public static final Resource Result = cls("Result");
    public static final Resource CodeRepository = cls("CodeRepository");
    public static final Resource WebPage = cls("WebPage");
    /** A fact's provenance record: which paper, sentence, span, rule and confidence. */
    public static final Resource Mention = cls("Mention");
    public static final Resource ExtractionActivity = cls("ExtractionActivity");

    // Paper -> entity
    public static final Property proposes = prop("proposes");
    public static final Property usesDataset = prop("usesDataset");
    public static final Property usesModel = prop("usesModel");
    public static final Property usesMethod = prop("usesMethod");
    public static final Property addressesTask = prop("addressesTask");
    public static final Property hasCodeRepository = prop("hasCodeRepository");
    public static final Property hasLink = prop("hasLink");
    public static final Property reportsResult = prop("reportsResult");
    public static final Property codePromised = prop("codePromised");

    // Entity -> entity
    public static final Property basedOn = prop("basedOn");
    public static final Property comparedWith = prop("comparedWith");
    public static final Property outperforms = prop("outperforms");
    public static final Property evaluatedOn = prop("evaluatedOn");
    public static final Property variantOf = prop("variantOf");

    // Result
    public static final Property metric = prop("metric");
    public static final Property metricName = prop("metricName");
    public static final Property value = prop("value");
    public static final Property valueText = prop("valueText");
    public static final Property unit = prop("unit");
    public static final Property onDataset = prop("onDataset");
    public static final Property resultSubject = prop("resultSubject");

    // Paper metadata not covered by reused vocabularies
    public static final Property arxivId = prop("arxivId");
    public static final Property sourceId = prop("sourceId");
    public static final Property paperKey = prop("paperKey");
    public static final Property featuredOn = prop("featuredOn");
    public static final Property upvotes = prop("upvotes");
    public static final Property category = prop("category");
    public static final Property primaryCategory = prop("primaryCategory");
    public static final Property keyword = prop("keyword");
    public static final Property url = prop("url");
    public static final Property externalId = prop("externalId");
    public static final Property entityKey = prop("entityKey");

    // Provenance of facts (Mention nodes) and of paper graphs
    public static final Property mention = prop("mention");
    public static final Property relation = prop("relation");
    public static final Property mentionOf = prop("mentionOf");
    public static final Property surfaceForm = prop("surfaceForm");
    public static final Property sentence = prop("sentence");
    public static final Property section = prop("section");
    public static final Property spanStart = prop("spanStart");
    public static final Property spanEnd = prop("spanEnd");
    public static final Property rule = prop("rule");
    public static final Property confidence = prop("confidence");
    public static final Property extractorVersion = prop("extractorVersion");
    public static final Property sourceFile = prop("sourceFile");
    public static final Property sourceLine = prop("sourceLine");
    public static final Property sourceFormat = prop("sourceFormat");

    // Additions (rdf branch): author order, per-mention typing, denormalised result dataset name
    /** 1-based position of an author node in the paper's author list. */
    public static final Property authorPosition = prop("authorPosition");
    /** On a Mention: the class the entity was recognised as in this mention (e.g. pg:Method for a proposal). */
    public static final Property asType = prop("asType");
    /** On a Mention of an entity-entity relation: the subject entity ({@code mentionOf} is the object). */
    public static final Property mentionSubject = prop("mentionSubject");
    /** On a Result: the dataset's name as this paper's extraction gave it (so leaderboards need no label choice). */
    public static final Property datasetLabel = prop("datasetLabel");

    // Additions (source branch): what a stored paper needs to be read back exactly and found again by title
    /** On a Paper: {@code title:HASH}, the key its title alone gives (PaperKeys.titleKey), set on every keyed paper. */
    public static final Property titleKey = prop("titleKey");
    /** On a Paper: the code repository URL as the input's metadata gave it (pg:hasCodeRepository also holds extracted ones). */
    public static final Property codeUrl = prop("codeUrl");
    /** On a source node: its 1-based position among the paper's sources, first seen first. */
    public static final Property sourcePosition = prop("sourcePosition");

    // Reused external terms, so code never spells their IRIs twice
    public static final String PRISM = "http://prismstandard.org/namespaces/basic/2.0/";
    public static final Property doi = ResourceFactory.createProperty(PRISM + "doi");
    public static final Resource schemaPerson = ResourceFactory.createResource(SCHEMA + "Person");
    public static final Property schemaAuthor = ResourceFactory.createProperty(SCHEMA + "author");
    public static final Property schemaName = ResourceFactory.createProperty(SCHEMA + "name");
    public static final Resource provEntity = ResourceFactory.createResource(PROV + "Entity");
    public static final Resource provActivity = ResourceFactory.createResource(PROV + "Activity");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(PROV + "wasDerivedFrom");
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(PROV + "wasGeneratedBy");
    public static final Property generatedAtTime = ResourceFactory.createProperty(PROV + "generatedAtTime");
    public static final Property used = ResourceFactory.createProperty(PROV + "used");

    /** The paper-to-target (or entity-to-entity) property of a fact's relation. */
    public static Property forRelation(Relation r) {
        return switch (r) {
            case PROPOSES -> proposes;
            case DATASET -> usesDataset;
            case MODEL -> usesModel;
            case METHOD -> usesMethod;
            case TASK -> addressesTask;
            case CODE -> hasCodeRepository;
            case LINK -> hasLink;
            case RESULT -> reportsResult;
            case BASED_ON -> basedOn;
            case COMPARED_WITH -> comparedWith;
            case OUTPERFORMS -> outperforms;
            case EVALUATED_ON -> evaluatedOn;
        };
    }

    /** The ontology class of an entity type: its local name is {@link EntityType#label()}. */
    public static Resource classOf(EntityType t) {
        return cls(t.label());
    }

    private static Resource cls(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property prop(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
