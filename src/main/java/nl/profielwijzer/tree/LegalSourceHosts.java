package nl.profielwijzer.tree;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * The one list of web hosts a citation may link to: official legal sources, plus the commentary the legal
 * brief relies on. A link elsewhere is refused by validation, so the app never sends a user to an unknown site.
 */
public final class LegalSourceHosts {

    /** Hosts allowed with their subdomains (e.g. "www."). */
    public static final Set<String> HOSTS = Set.of(
            // official sources
            "wetten.overheid.nl",
            "eur-lex.europa.eu",
            "uitspraken.rechtspraak.nl",
            "hudoc.echr.coe.int",
            "autoriteitpersoonsgegevens.nl",
            "edpb.europa.eu",
            "ec.europa.eu",
            "zoek.officielebekendmakingen.nl",
            "juridischloket.nl",
            // commentary and guidance the legal brief cites
            "blog.iusmentis.com",
            "security.nl",
            "awvn.nl",
            "rendement.nl",
            "arbeidsconferentie.nl",
            "wetboekplus.nl",
            // added with the corrections of 2026-11-29 (brief §11; issue 9)
            "teamadvocaten.nl",
            "hetrechtenstudentje.nl",
            "vantill.nl",
            "hocker.nl",
            "bvd-advocaten.nl",
            "personeelsnet.nl",
            "legaltree.nl",
            "pvhadvocaten.nl",
            "vldwadvocaten.nl",
            "wenwadvocaten.nl",
            "mr-online.nl",
            "bd-advocaten.nl",
            "itenrecht.nl",
            "internetrechtspraak.com",
            "blanchard.nl",
            "wijnenstael.nl",
            "legap.eu",
            "boek9.nl",
            "kbsadvocaten.nl",
            "privacydesign.ch",
            "advocura.nl",
            "rechtenkrant.be");

    private LegalSourceHosts() {
    }

    /** Null when the link is fine; otherwise what is wrong with it, in plain words. */
    public static String problemWith(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "\"" + url + "\" is not a valid web address";
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            return "the link \"" + url + "\" must start with https://";
        }
        String host = uri.getHost();
        if (host == null) {
            return "\"" + url + "\" has no host name";
        }
        if (!isAllowed(host)) {
            return "the link goes to " + host + ", which is not on the allow-list of legal sources"
                    + " (nl.profielwijzer.tree.LegalSourceHosts)";
        }
        return null;
    }

    public static boolean isAllowedLink(String url) {
        return problemWith(url) == null;
    }

    private static boolean isAllowed(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        for (String allowed : HOSTS) {
            if (h.equals(allowed) || h.endsWith("." + allowed)) {
                return true;
            }
        }
        return false;
    }
}
