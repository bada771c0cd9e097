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

    /**
     * The exact hosts a link may name. A subdomain is allowed only where it is listed (here: the "www." form of
     * each site), so a look-alike such as {@code wetten.overheid.nl.example.com} or {@code evil.security.nl}
     * is refused.
     */
    public static final Set<String> HOSTS = Set.of(
            // official sources
            "wetten.overheid.nl", "www.wetten.overheid.nl",
            "eur-lex.europa.eu", "www.eur-lex.europa.eu",
            "uitspraken.rechtspraak.nl", "www.uitspraken.rechtspraak.nl",
            "hudoc.echr.coe.int", "www.hudoc.echr.coe.int",
            "autoriteitpersoonsgegevens.nl", "www.autoriteitpersoonsgegevens.nl",
            "edpb.europa.eu", "www.edpb.europa.eu",
            "ec.europa.eu", "www.ec.europa.eu",
            "zoek.officielebekendmakingen.nl", "www.zoek.officielebekendmakingen.nl",
            "juridischloket.nl", "www.juridischloket.nl",
            // commentary and guidance the legal brief cites
            "blog.iusmentis.com", "www.blog.iusmentis.com",
            "security.nl", "www.security.nl",
            "awvn.nl", "www.awvn.nl",
            "rendement.nl", "www.rendement.nl",
            "arbeidsconferentie.nl", "www.arbeidsconferentie.nl",
            "wetboekplus.nl", "www.wetboekplus.nl",
            "legaltree.nl", "www.legaltree.nl",
            "pvhadvocaten.nl", "www.pvhadvocaten.nl",
            "vldwadvocaten.nl", "www.vldwadvocaten.nl",
            "wenwadvocaten.nl", "www.wenwadvocaten.nl",
            "mr-online.nl", "www.mr-online.nl",
            "bd-advocaten.nl", "www.bd-advocaten.nl",
            "itenrecht.nl", "www.itenrecht.nl",
            "internetrechtspraak.com", "www.internetrechtspraak.com",
            "blanchard.nl", "www.blanchard.nl",
            "wijnenstael.nl", "www.wijnenstael.nl",
            "legap.eu", "www.legap.eu",
            "boek9.nl", "www.boek9.nl",
            "kbsadvocaten.nl", "www.kbsadvocaten.nl",
            "privacydesign.ch", "www.privacydesign.ch",
            "advocura.nl", "www.advocura.nl",
            "rechtenkrant.be", "www.rechtenkrant.be",
            // added with the corrections of 2026-11-29 (brief §11; issue 9)
            "teamadvocaten.nl", "www.teamadvocaten.nl",
            "hetrechtenstudentje.nl", "www.hetrechtenstudentje.nl",
            "vantill.nl", "www.vantill.nl",
            "hocker.nl", "www.hocker.nl",
            "bvd-advocaten.nl", "www.bvd-advocaten.nl",
            "personeelsnet.nl", "www.personeelsnet.nl");

    private LegalSourceHosts() {
    }

    /**
     * Null when the link is fine; otherwise what is wrong with it, in plain words. A link must be plain ASCII
     * (no spaces, no invisible or look-alike characters: the address a reader sees is the one followed), use
     * https, name no user ({@code https://wetten.overheid.nl@example.com} goes to example.com) and no port, and
     * go to one of {@link #HOSTS} exactly.
     */
    public static String problemWith(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= 0x20 || c >= 0x7F) {
                return "the link " + SafeText.quote(url) + " holds " + (c == ' ' ? "a space" : String.format(
                        java.util.Locale.ROOT, "the character U+%04X", (int) c)) + " at character " + (i + 1)
                        + "; a link must be plain ASCII (write other characters %-encoded)";
            }
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return SafeText.quote(url) + " is not a valid web address";
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            return "the link " + SafeText.quote(url) + " must start with https://";
        }
        if (uri.getRawUserInfo() != null) {
            return "the link " + SafeText.quote(url) + " names a user before the host (\"" + uri.getRawUserInfo()
                    + "@\"); it would go to " + uri.getHost() + ". Links may not hold a user name";
        }
        String host = uri.getHost();
        if (host == null) {
            return SafeText.quote(url) + " has no host name";
        }
        if (uri.getPort() != -1) {
            return "the link " + SafeText.quote(url) + " names a port (:" + uri.getPort() + "); links use the"
                    + " default port of https";
        }
        if (!HOSTS.contains(host.toLowerCase(Locale.ROOT))) {
            return "the link goes to " + host + ", which is not on the allow-list of legal sources"
                    + " (trees/README.md lists the exact host names)";
        }
        return null;
    }

    public static boolean isAllowedLink(String url) {
        return problemWith(url) == null;
    }
}
