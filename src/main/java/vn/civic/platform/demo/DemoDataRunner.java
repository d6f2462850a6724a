package vn.civic.platform.demo;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/** Loads the demo city into an empty database and, once the server is up, prints where to find it. */
@Component
@ConditionalOnBooleanProperty("civic.demo.enabled")
class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final List<DemoDataset> datasets;
    private final Environment environment;

    DemoDataRunner(List<DemoDataset> datasets, Environment environment) {
        this.datasets = datasets.stream()
                .sorted(Comparator.comparingInt(DemoDataset::order))
                .toList();
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoDataset dataset : datasets) {
            long start = System.nanoTime();
            dataset.loadIfAbsent();
            log.info(
                    "Demo data {}: {} ms",
                    ClassUtils.getUserClass(dataset).getSimpleName(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void printBanner() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        StringBuilder banner = new StringBuilder()
                .append("\n\n  Civic demo city is running: http://localhost:")
                .append(port)
                .append("/\n");
        datasets.stream()
                .flatMap(d -> d.banner().stream())
                .forEach(line -> banner.append("  ").append(line).append('\n'));
        log.info(banner.toString());
    }
}
