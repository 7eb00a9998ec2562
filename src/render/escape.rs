//! HTML escaping, shared by the page and its metrics section.

/// Appends `text` to `out` escaped for HTML content and double-quoted attributes (`&`, `<`,
/// `>`, `"` and `'`): what every page of this module writes text with, for pages of one's
/// own around a [`Html::fragment`](super::Html::fragment).
///
/// ```
/// let mut out = String::new();
/// ogi_report::render::escape_html("「<b>」 & 'x'", &mut out);
/// assert_eq!(out, "「&lt;b&gt;」 &amp; &#39;x&#39;");
/// ```
pub fn escape_html(text: &str, out: &mut String) {
    let mut rest = text;
    while let Some(at) = rest.find(['&', '<', '>', '"', '\'']) {
        out.push_str(&rest[..at]);
        out.push_str(match rest.as_bytes()[at] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => "&#39;",
        });
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
}
