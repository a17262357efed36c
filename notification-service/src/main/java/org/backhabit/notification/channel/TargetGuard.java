package org.backhabit.notification.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.backhabit.notification.config.NotificationConfig;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which URLs this service may call (webhooks, push endpoints). Unless configuration allows
 * private targets, only https to public addresses: a person must not make the service reach into
 * its own network. Checked when a target is registered and again before every request, since a
 * name can resolve differently later.
 */
@ApplicationScoped
public class TargetGuard {

    @Inject
    NotificationConfig config;

    /** @return the reason the URL is refused, or null when it may be called */
    public String refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "must be an absolute http(s) URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return "must be an absolute http(s) URL";
        }
        if (uri.getUserInfo() != null) {
            return "must not carry user credentials";
        }
        if (config.webhooks().allowPrivateTargets()) {
            return null;
        }
        if (!scheme.equals("https")) {
            return "must use https";
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (isPrivate(address)) {
                    return "must not point to a loopback or private address";
                }
            }
        } catch (UnknownHostException e) {
            return "host cannot be resolved";
        }
        return null;
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64 // carrier-grade NAT 100.64.0.0/10
                || (b[0] & 0xff) == 0;
    }
}
