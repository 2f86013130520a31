import java.nio.file.Path;

import org.papergraph.api.EntityInfo;
import org.papergraph.api.EntityUsage;
import org.papergraph.api.LeaderboardEntry;
import org.papergraph.api.PaperGraphClient;
import org.papergraph.api.PaperInfo;
import org.papergraph.extract.EntityType;

/**
 * PaperGraph as a library: open the store built by {@code papergraph ingest examples/} and ask it questions.
 *
 * <pre>
 * java -jar target/papergraph.jar ingest examples/
 * javac -cp target/papergraph.jar Example.java
 * java -cp target/papergraph.jar:. Example papergraph-data
 * </pre>
 */
public class Example {
    public static void main(String[] args) {
        Path store = Path.of(args.length > 0 ? args[0] : "papergraph-data");
        try (PaperGraphClient pg = PaperGraphClient.open(store)) {
            System.out.println("== Paper 2409.99102");
            pg.paperByArxivId("2409.99102").ifPresentOrElse(
                    p -> System.out.println(p.title() + " (" + p.published() + ")"),
                    () -> System.out.println("not in the store"));

            System.out.println("== Most used datasets");
            for (EntityUsage u : pg.mostUsed(EntityType.DATASET, null, null, 5)) {
                System.out.println(u.label() + ": " + u.papers() + " paper(s)");
            }

            System.out.println("== Papers using ImageNet-1K");
            for (PaperInfo p : pg.papersUsing(EntityType.DATASET, "ImageNet-1K")) {
                System.out.println(p.title().isEmpty() ? p.iri() : p.title());
            }

            System.out.println("== Leaderboard on ImageNet-1K");
            for (LeaderboardEntry e : pg.leaderboard("ImageNet-1K")) {
                System.out.println(e.subject() + "  " + e.metric() + " = " + e.valueText());
            }

            System.out.println("== Entities matching 'llama'");
            for (EntityInfo e : pg.searchEntities("llama", 5)) {
                System.out.println(e.label() + " [" + e.type() + "] aliases " + e.aliases());
            }
        }
    }
}
