//! The facts of the evidence brief (`shared/content/evidence-brief.md`, copied into
//! `tests/fixtures/`), each with the source tags it cites, so that tests can check that every
//! figure a lesson states appears in a fact its sources back.
//!
//! Plain Rust, no Bevy.

/// One fact of the evidence brief: a bullet, a table or a paragraph, with the tags it cites
/// (or, when it cites none, the tags of the line that introduces it, such as "Raised scars:
/// [JACOB2001]").
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    pub text: String,
    pub tags: Vec<String>,
}

/// The facts of the brief's Markdown, up to its list of sources.
pub fn brief_facts(markdown: &str) -> Vec<Fact> {
    let mut facts: Vec<Fact> = Vec::new();
    let mut intro_tags: Vec<String> = Vec::new();
    let mut block: Option<String> = None;
    let finish = |block: &mut Option<String>, intro: &[String], facts: &mut Vec<Fact>| {
        if let Some(text) = block.take() {
            let mut tags = tags_in(&text);
            if tags.is_empty() {
                tags = intro.to_vec();
            }
            facts.push(Fact { text, tags });
        }
    };
    for line in markdown.lines() {
        if line.starts_with("## Sources") {
            break;
        }
        let trimmed = line.trim();
        if line.starts_with('#') || trimmed.is_empty() {
            finish(&mut block, &intro_tags, &mut facts);
            if line.starts_with('#') {
                intro_tags.clear();
            }
            continue;
        }
        let starts_item = line.starts_with("- ");
        let is_row = trimmed.starts_with('|');
        let continues_table = is_row && block.as_deref().is_some_and(|b| b.starts_with('|'));
        if starts_item || (is_row && !continues_table) || block.is_none() {
            finish(&mut block, &intro_tags, &mut facts);
            block = Some(String::new());
        }
        let text = block.get_or_insert_with(String::new);
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(trimmed);
        // A line that ends by introducing a list ("Raised scars: [JACOB2001]") lends its tags
        // to the untagged items after it.
        let introduces =
            trimmed.ends_with(':') || (trimmed.ends_with(']') && trimmed.contains(": ["));
        if !starts_item && !is_row && introduces {
            intro_tags = tags_in(trimmed);
        }
    }
    finish(&mut block, &intro_tags, &mut facts);
    facts
}

/// The `[TAG]`s cited in `text`, in order.
fn tags_in(text: &str) -> Vec<String> {
    let mut tags = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let Some(close) = after.find(']') else { break };
        let tag = &after[..close];
        if !tag.is_empty()
            && tag
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')
        {
            tags.push(tag.to_owned());
        }
        rest = &after[close + 1..];
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    const BRIEF: &str = "# Brief\n\n## 1. One\n\n- Acne touches most people between about 11 and 30. [JACOB2001]\n- A mark is flat\n  and fades. [DERMNET]\n\nRaised scars: [JACOB2001]\n- keloid: grows beyond the spot;\n\n| type | size |\n|---|---|\n| icepick | under 2 mm |\n\n## Sources\n\n- JACOB2001: a citation with 2001.\n";

    #[test]
    fn brief_facts_carry_their_own_or_their_intro_tags() {
        let facts = brief_facts(BRIEF);
        let find = |needle: &str| facts.iter().find(|f| f.text.contains(needle)).unwrap();
        assert_eq!(find("between about 11").tags, vec!["JACOB2001"]);
        assert_eq!(find("and fades").tags, vec!["DERMNET"]);
        assert!(
            find("A mark is flat").text.contains("fades"),
            "a continuation line stays"
        );
        assert_eq!(find("keloid").tags, vec!["JACOB2001"]);
        // The sources list is not a fact.
        assert!(!facts.iter().any(|f| f.text.contains("a citation")));
        assert!(
            facts
                .iter()
                .any(|f| f.text.contains("| icepick | under 2 mm |"))
        );
    }
}
