package io.newsreaction.embedded;

import java.nio.file.Path;
import java.util.Properties;

/**
 * The broker and controller ports of an embedded broker. Kept in the data directory so a
 * restart on the same directory gets the same ports when they are still free, which keeps
 * clients' {@code bootstrap.servers} valid across restarts.
 */
record KafkaPorts(int broker, int controller) {
    static final String FILE_NAME = "embedded-ports.properties";

    static KafkaPorts fresh() {
        int broker = FreePorts.find();
        int controller = FreePorts.find();
        while (controller == broker) {
            controller = FreePorts.find();
        }
        return new KafkaPorts(broker, controller);
    }

    /** The ports saved in {@code dir} if both are still free, otherwise fresh ones. */
    static KafkaPorts reuseOrFresh(Path dir) {
        Properties saved = Dirs.readProperties(dir.resolve(FILE_NAME));
        String broker = saved.getProperty("broker.port");
        String controller = saved.getProperty("controller.port");
        if (broker != null && controller != null) {
            KafkaPorts ports = new KafkaPorts(Integer.parseInt(broker), Integer.parseInt(controller));
            if (FreePorts.isFree(ports.broker()) && FreePorts.isFree(ports.controller())) {
                return ports;
            }
        }
        return fresh();
    }

    void save(Path dir) {
        Properties props = new Properties();
        props.setProperty("broker.port", Integer.toString(broker));
        props.setProperty("controller.port", Integer.toString(controller));
        Dirs.writeProperties(dir.resolve(FILE_NAME), props, "ports of the embedded broker");
    }
}
