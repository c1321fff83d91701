package chipsim.runner;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** chipsim's version, from the build. */
public final class Version {

    private Version() {}

    public static String get() {
        try (InputStream in = Version.class.getResourceAsStream("/chipsim.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
