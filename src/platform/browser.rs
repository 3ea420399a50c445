//! The browser build's decisions, as plain Rust that compiles and is tested on every
//! platform: what the page's address may ask for, and how the save in `localStorage` is kept
//! (`web` does the JavaScript side).

/// The longest language tag taken from the address (`?lang=`); BCP 47 tags in practice are
/// far shorter.
pub const MAX_LANG_CHARS: usize = 35;

/// The value of `name` in a page address's query (`?lang=es&test=1`), percent-decoded as a
/// browser's `URLSearchParams` does (`+` is a space; a broken escape is kept as written).
/// `None` when the parameter is absent; the first one wins when it is repeated.
pub fn query_parameter(search: &str, name: &str) -> Option<String> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
        .find(|(key, _)| percent_decode(key) == name)
        .map(|(_, value)| percent_decode(value))
}

/// Decodes `%XX` escapes and `+` (a space); invalid UTF-8 becomes U+FFFD.
pub fn percent_decode(text: &str) -> String {
    let hex = |b: u8| (b as char).to_digit(16);
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (b'+', ..) => out.push(b' '),
            (b'%', Some(&high), Some(&low)) if hex(high).is_some() && hex(low).is_some() => {
                out.push((hex(high).unwrap_or(0) * 16 + hex(low).unwrap_or(0)) as u8);
                i += 2;
            }
            (byte, ..) => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A language tag from the address: `Ok` with the tag when it is 1 to [`MAX_LANG_CHARS`]
/// letters, digits, `-` or `_`; otherwise `Err` with a form that is safe to show or log
/// (other characters as `?`, cut to the same length, with `…` when cut).
pub fn language_tag(decoded: &str) -> Result<String, String> {
    let is_tag_char = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    let count = decoded.chars().count();
    if (1..=MAX_LANG_CHARS).contains(&count) && decoded.chars().all(is_tag_char) {
        return Ok(decoded.to_owned());
    }
    let mut shown: String = decoded
        .chars()
        .take(MAX_LANG_CHARS)
        .map(|c| if is_tag_char(c) { c } else { '?' })
        .collect();
    if count > MAX_LANG_CHARS {
        shown.push('…');
    }
    Err(shown)
}

/// The key the save lives under in `localStorage`.
pub const SAVE_KEY: &str = "scarwise.save";
/// An unusable save is copied to this key followed by `-<seconds since 1970>`; only the
/// newest copy is kept.
pub const ASIDE_PREFIX: &str = "scarwise.save.unreadable";

/// Where an unusable save goes (`stamp`: seconds since 1970), and which older copies to
/// remove first, so that at most one copy is ever kept (also clearing the many copies
/// earlier versions left, one per start, until the browser's quota was full).
pub fn aside_plan<'a>(
    keys: impl IntoIterator<Item = &'a str>,
    stamp: u64,
) -> (String, Vec<String>) {
    let name = format!("{ASIDE_PREFIX}-{stamp}");
    let stale = keys
        .into_iter()
        .filter(|key| key.starts_with(ASIDE_PREFIX) && *key != name)
        .map(str::to_owned)
        .collect();
    (name, stale)
}

/// The save as this tab knows it, so that it never overwrites what another tab (or window)
/// of the same site wrote: before each write the stored text must still be the one this tab
/// last read or wrote. Once another tab has changed it, this tab writes no more (the page
/// offers a reload, which picks the other tab's progress up).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SaveGuard {
    /// The save text this tab last read or wrote; `None`: there was none.
    known: Option<String>,
    /// Another tab changed the save after this tab read it.
    conflict: bool,
    /// How often this tab learnt of (or ran into) the other tab's change.
    conflicts: u32,
    /// The app's state as save text, when it changed after the start.
    pending: Option<String>,
}

/// Writing would overwrite another tab's change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChangedElsewhere;

impl std::fmt::Display for ChangedElsewhere {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the progress was changed in another tab or window; reload to continue there")
    }
}

impl SaveGuard {
    pub const fn new() -> Self {
        SaveGuard {
            known: None,
            conflict: false,
            conflicts: 0,
            pending: None,
        }
    }

    /// The save as read at the start.
    pub fn read(&mut self, stored: Option<&str>) {
        self.known = stored.map(str::to_owned);
    }

    /// May `text` replace `stored` (the key's value right now)? Yes when `stored` is what
    /// this tab last read or wrote, or already `text`. Otherwise the other tab's change is
    /// kept, and this tab writes no more.
    pub fn check_write(
        &mut self,
        stored: Option<&str>,
        text: &str,
    ) -> Result<(), ChangedElsewhere> {
        if !self.conflict && (stored == self.known.as_deref() || stored == Some(text)) {
            return Ok(());
        }
        self.changed();
        Err(ChangedElsewhere)
    }

    /// `text` was written.
    pub fn written(&mut self, text: &str) {
        self.known = Some(text.to_owned());
    }

    /// The save was removed by this tab (set aside).
    pub fn removed(&mut self) {
        self.known = None;
    }

    /// Another tab wrote `new_value` to the save key (the page's `storage` event; `None`
    /// when it removed it). Returns whether that is a change this tab has not seen.
    pub fn storage_event(&mut self, new_value: Option<&str>) -> bool {
        if new_value == self.known.as_deref() {
            return false;
        }
        self.changed();
        true
    }

    fn changed(&mut self) {
        self.conflict = true;
        self.conflicts = self.conflicts.saturating_add(1);
    }

    /// Whether another tab changed the save, and how many times this tab learnt of it (a
    /// notice dismissed comes back with the next).
    pub fn conflict(&self) -> Option<u32> {
        self.conflict.then_some(self.conflicts)
    }

    /// The app's state changed: `text` is what a save now would write.
    pub fn set_pending(&mut self, text: String) {
        self.pending = Some(text);
    }

    /// What to write when the page is hidden: the app's state, if it changed since the
    /// last read or write. (After another tab's change, [`Self::check_write`] refuses it,
    /// which brings the notice back for when the patient returns.)
    pub fn unsaved(&self) -> Option<&str> {
        let pending = self.pending.as_deref()?;
        (Some(pending) != self.known.as_deref()).then_some(pending)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_parameters_are_percent_decoded() {
        let search = "?test=1&lang=zh%2DHans&x=%3Cscript%3E+a&empty&bad=%4&bad2=%zz";
        assert_eq!(query_parameter(search, "lang").as_deref(), Some("zh-Hans"));
        assert_eq!(query_parameter(search, "test").as_deref(), Some("1"));
        assert_eq!(query_parameter(search, "x").as_deref(), Some("<script> a"));
        assert_eq!(query_parameter(search, "empty").as_deref(), Some(""));
        assert_eq!(query_parameter(search, "bad").as_deref(), Some("%4"));
        assert_eq!(query_parameter(search, "bad2").as_deref(), Some("%zz"));
        assert_eq!(query_parameter(search, "kiosk"), None);
        assert_eq!(query_parameter("", "lang"), None);
        assert_eq!(
            query_parameter("?lang=%E4%B8%AD", "lang").as_deref(),
            Some("中")
        );
        assert_eq!(
            query_parameter("?lang=%FF", "lang").as_deref(),
            Some("\u{FFFD}")
        );
        assert_eq!(query_parameter("?l%61ng=fr", "lang").as_deref(), Some("fr"));
    }

    #[test]
    fn language_tags_are_restricted_and_shown_sanitised() {
        assert_eq!(language_tag("es"), Ok("es".to_owned()));
        assert_eq!(language_tag("zh-Hans"), Ok("zh-Hans".to_owned()));
        assert_eq!(
            language_tag("<script>alert(1)</script>"),
            Err("?script?alert?1???script?".to_owned())
        );
        assert_eq!(language_tag(""), Err(String::new()));
        assert_eq!(language_tag("es\n"), Err("es?".to_owned()));
        let long = "a".repeat(MAX_LANG_CHARS + 10);
        let shown = language_tag(&long).unwrap_err();
        assert_eq!(shown.chars().count(), MAX_LANG_CHARS + 1);
        assert!(shown.ends_with('…'));
        assert!(language_tag(&"a".repeat(MAX_LANG_CHARS)).is_ok());
        // Whatever comes in, what is shown holds tag characters, `?` and `…` only.
        for raw in [
            "\"><img src=x onerror=alert(1)>",
            "é ü",
            "\u{202e}ar",
            "%3C",
        ] {
            let shown = language_tag(raw).unwrap_err();
            assert!(
                shown
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_?…".contains(c)),
                "{raw:?} -> {shown:?}"
            );
        }
    }

    #[test]
    fn one_copy_of_an_unusable_save_at_most() {
        let keys = [
            "scarwise.save",
            "scarwise.save.unreadable-100",
            "scarwise.save.unreadable-200",
            "scarwise.probe",
            "other.app",
        ];
        let (name, stale) = aside_plan(keys, 300);
        assert_eq!(name, "scarwise.save.unreadable-300");
        assert_eq!(
            stale,
            [
                "scarwise.save.unreadable-100",
                "scarwise.save.unreadable-200"
            ]
        );
        // The same second again: the copy is replaced, not doubled, and not removed.
        let (again, stale) = aside_plan(["scarwise.save", name.as_str()], 300);
        assert_eq!(again, name);
        assert!(stale.is_empty());
        let (_, stale) = aside_plan(["scarwise.save", "other"], 1);
        assert!(stale.is_empty());
    }

    #[test]
    fn another_tabs_change_is_never_overwritten() {
        let mut guard = SaveGuard::new();
        guard.read(Some("A"));
        assert_eq!(guard.check_write(Some("A"), "B"), Ok(()));
        guard.written("B");
        assert_eq!(guard.conflict(), None);
        // Another tab wrote C: this tab must not write over it, now or later.
        assert_eq!(guard.check_write(Some("C"), "D"), Err(ChangedElsewhere));
        assert_eq!(guard.conflict(), Some(1));
        assert_eq!(guard.check_write(Some("B"), "D"), Err(ChangedElsewhere));
        assert_eq!(guard.conflict(), Some(2));
        // Another tab removed the save.
        let mut guard = SaveGuard::new();
        guard.read(Some("A"));
        assert_eq!(guard.check_write(None, "B"), Err(ChangedElsewhere));
        // A fresh start: nothing stored, nothing known.
        let mut guard = SaveGuard::new();
        guard.read(None);
        assert_eq!(guard.check_write(None, "A"), Ok(()));
        // Both tabs reached the same state: nothing is lost.
        assert_eq!(guard.check_write(Some("B"), "B"), Ok(()));
        assert_eq!(guard.conflict(), None);
    }

    #[test]
    fn storage_events_of_other_tabs_are_noticed() {
        let mut guard = SaveGuard::new();
        guard.read(Some("A"));
        // The event repeats what this tab knows: nothing to say.
        assert!(!guard.storage_event(Some("A")));
        assert_eq!(guard.conflict(), None);
        assert!(guard.storage_event(Some("C")));
        assert_eq!(guard.conflict(), Some(1));
        assert!(guard.check_write(Some("C"), "D").is_err());
        let mut guard = SaveGuard::new();
        guard.read(Some("A"));
        assert!(guard.storage_event(None), "a removed save is a change too");
    }

    #[test]
    fn hiding_the_page_writes_only_what_is_new() {
        let mut guard = SaveGuard::new();
        guard.read(Some("A"));
        assert_eq!(guard.unsaved(), None);
        guard.set_pending("A".to_owned());
        assert_eq!(guard.unsaved(), None);
        guard.set_pending("B".to_owned());
        assert_eq!(guard.unsaved(), Some("B"));
        guard.written("B");
        assert_eq!(guard.unsaved(), None);
        guard.set_pending("C".to_owned());
        assert!(guard.storage_event(Some("X")));
        // The attempt is refused, and counts: a dismissed notice comes back.
        assert_eq!(guard.unsaved(), Some("C"));
        assert_eq!(guard.check_write(Some("X"), "C"), Err(ChangedElsewhere));
        assert_eq!(guard.conflict(), Some(2));
    }
}
