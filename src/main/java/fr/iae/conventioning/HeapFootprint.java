package fr.iae.conventioning;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives back to the system the heap a burst of work made the JVM take, instead of keeping it: the JVM's own
 * defaults keep up to 70 % of the heap free once grown. Sets the JVM's manageable options that an operator did not
 * set on the command line (docs/decisions.md, "Memory").
 */
@Component
class HeapFootprint {

  private static final Logger LOG = LoggerFactory.getLogger(HeapFootprint.class);

  private final Map<String, String> options = new LinkedHashMap<>();

  HeapFootprint(@Value("${conventioning.memory.min-heap-free-ratio:10}") int minFree,
      @Value("${conventioning.memory.max-heap-free-ratio:30}") int maxFree,
      @Value("${conventioning.memory.periodic-gc-interval-ms:30000}") long periodicGc) {
    options.put("MinHeapFreeRatio", Integer.toString(minFree));
    options.put("MaxHeapFreeRatio", Integer.toString(maxFree));
    options.put("G1PeriodicGCInterval", Long.toString(periodicGc));
  }

  @EventListener(ApplicationStartedEvent.class)
  void apply() {
    HotSpotDiagnosticMXBean vm;
    try {
      vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    } catch (RuntimeException notHotSpot) {
      return;
    }
    if (vm == null) {
      return;
    }
    Map<String, String> applied = new LinkedHashMap<>();
    options.forEach((name, value) -> {
      try {
        VMOption current = vm.getVMOption(name);
        if (current.isWriteable() && current.getOrigin() == VMOption.Origin.DEFAULT) {
          vm.setVMOption(name, value);
          applied.put(name, value);
        }
      } catch (IllegalArgumentException unknownOrRefused) {
        LOG.debug("JVM option {} left as it is: {}", name, unknownOrRefused.getMessage());
      }
    });
    if (!applied.isEmpty()) {
      LOG.info("Heap given back when unused: {}", applied);
    }
  }
}
