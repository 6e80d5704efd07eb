package id.wilayah.testsupport.shared;

import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;

/** Which deployments may share a server: all but those marked as wanting one of their own. */
public final class SharedDeployments {
    private static final String OWN_SERVER = "META-INF/wilayah-it-own-server";

    private SharedDeployments() {
    }

    public static <A extends Archive<A>> A onItsOwnServer(A archive) {
        return archive.add(EmptyAsset.INSTANCE, OWN_SERVER);
    }

    static boolean shareable(Archive<?> archive) {
        return !archive.contains(OWN_SERVER);
    }
}
