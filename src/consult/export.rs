//! The summary as a PDF file: plain text on A4 pages in Helvetica, one of the fonts every PDF
//! reader has, so nothing is embedded and the file stays a few kilobytes.

use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str};

/// How a line of the summary is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Title,
    Heading,
    Body,
    Note,
}

impl Style {
    fn size(self) -> f32 {
        match self {
            Style::Title => 18.0,
            Style::Heading => 13.0,
            Style::Body => 11.0,
            Style::Note => 9.0,
        }
    }

    fn bold(self) -> bool {
        matches!(self, Style::Title | Style::Heading)
    }
}

const PAGE: (f32, f32) = (595.0, 842.0);
const MARGIN: f32 = 56.0;

/// Characters per line at a size: Helvetica averages about half an em per character.
fn chars_per_line(size: f32) -> usize {
    ((PAGE.0 - 2.0 * MARGIN) / (size * 0.52)) as usize
}

/// Splits `text` into lines of at most `width` characters at spaces (a longer word is cut).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word: String = word.to_owned();
        while word.chars().count() > width {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            let head: String = word.chars().take(width).collect();
            word = word.chars().skip(width).collect();
            lines.push(head);
        }
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Text in the PDF's `WinAnsi` encoding (Latin-1 and typographic punctuation); characters it
/// cannot show become "?".
pub fn win_ansi(text: &str) -> Vec<u8> {
    text.chars()
        .map(|ch| match ch {
            ' '..='~' => ch as u8,
            '\u{A0}'..='\u{FF}' => ch as u32 as u8,
            '€' => 0x80,
            '…' => 0x85,
            // The summary ticks the modules learnt; WinAnsi has no tick, so they are bullets.
            '•' | '✔' | '✓' => 0x95,
            '–' => 0x96,
            '—' => 0x97,
            '‘' => 0x91,
            '’' => 0x92,
            '“' => 0x93,
            '”' => 0x94,
            '→' => b'>',
            _ => b'?',
        })
        .collect()
}

/// Whether every character of `lines` shows in the PDF (its built-in font covers Latin-1
/// and typographic punctuation: English, Spanish and French, but not Chinese).
pub fn fits_pdf(lines: &[(Style, String)]) -> bool {
    lines.iter().all(|(_, text)| {
        text.chars()
            .zip(win_ansi(text))
            .all(|(ch, byte)| byte != b'?' || ch == '?' || ch == '→')
    })
}

/// The summary page's Content-Security-Policy: its own inline style and nothing else (no
/// scripts, images, fonts, frames or connections), whatever the patient typed into it.
pub const SUMMARY_CSP: &str =
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/// The summary as a small, print-ready web page: any browser shows and prints it in any
/// language (the system's fonts cover Chinese), so it stands in for the PDF where the PDF's
/// font cannot show the text.
pub fn html(title: &str, lang: &str, lines: &[(Style, String)]) -> String {
    use crate::content::html::escape;
    let mut body = String::new();
    for (style, text) in lines {
        let text = escape(text);
        body.push_str(&match style {
            Style::Title => format!("<h1>{text}</h1>\n"),
            Style::Heading => format!("<h2>{text}</h2>\n"),
            Style::Body => format!("<p>{text}</p>\n"),
            Style::Note => format!("<p class=\"note\">{text}</p>\n"),
        });
    }
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{SUMMARY_CSP}\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>body{{font:16px/1.5 system-ui,sans-serif;max-width:44rem;\
         margin:2rem auto;padding:0 1rem;color:#111}}h1{{font-size:1.6rem}}h2{{font-size:1.2rem;\
         margin-top:1.5rem;border-bottom:1px solid #999}}.note{{color:#444}}\
         @media print{{body{{margin:0}}}}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        escape(title)
    )
}

/// The text lines of a PDF this module wrote (for tests and checks: it reads only the
/// simple `(text) Tj` and `<hex> Tj` strings written here, not PDFs in general).
pub fn text_lines(pdf: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(pdf);
    text.lines()
        .filter_map(|line| {
            let string = line.strip_suffix(" Tj")?;
            if let Some(hex) = string.strip_prefix('<').and_then(|h| h.strip_suffix('>')) {
                let bytes = (0..hex.len() / 2)
                    .map(|i| u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok())
                    .collect::<Option<Vec<u8>>>()?;
                return Some(from_win_ansi(&bytes));
            }
            let inner = string.strip_prefix('(')?.strip_suffix(')')?;
            Some(
                inner
                    .replace("\\(", "(")
                    .replace("\\)", ")")
                    .replace("\\\\", "\\"),
            )
        })
        .collect()
}

fn from_win_ansi(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80 => '€',
            0x85 => '…',
            0x91 => '‘',
            0x92 => '’',
            0x93 => '“',
            0x94 => '”',
            0x95 => '•',
            0x96 => '–',
            0x97 => '—',
            _ => char::from(b),
        })
        .collect()
}

/// A PDF of `lines`, flowing onto as many pages as needed.
pub fn pdf(title: &str, lines: &[(Style, String)]) -> Vec<u8> {
    // Set every line first, then cut into pages.
    let mut set: Vec<(Style, String, f32)> = Vec::new();
    for (style, text) in lines {
        let gap = match style {
            Style::Heading => 10.0,
            _ => 2.0,
        };
        for (i, line) in wrap(text, chars_per_line(style.size()))
            .into_iter()
            .enumerate()
        {
            set.push((*style, line, if i == 0 { gap } else { 0.0 }));
        }
    }
    let mut pages: Vec<Vec<(Style, String, f32)>> = vec![Vec::new()];
    let mut y = PAGE.1 - MARGIN;
    for (style, line, gap) in set {
        let step = gap + style.size() * 1.35;
        if y - step < MARGIN {
            pages.push(Vec::new());
            y = PAGE.1 - MARGIN;
        }
        y -= step;
        if let Some(page) = pages.last_mut() {
            page.push((style, line, y));
        }
    }

    let mut pdf = Pdf::new();
    let catalog = Ref::new(1);
    let tree = Ref::new(2);
    let regular = Ref::new(3);
    let bold = Ref::new(4);
    let info = Ref::new(5);
    let page_ids: Vec<Ref> = (0..pages.len() as i32)
        .map(|i| Ref::new(10 + 2 * i))
        .collect();
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree)
        .kids(page_ids.iter().copied())
        .count(pages.len() as i32);
    pdf.document_info(info)
        .title(pdf_writer::TextStr(title))
        .producer(pdf_writer::TextStr("Scarwise"));
    for (font, name) in [(regular, "Helvetica"), (bold, "Helvetica-Bold")] {
        pdf.type1_font(font)
            .base_font(Name(name.as_bytes()))
            .encoding_predefined(Name(b"WinAnsiEncoding"));
    }
    for (index, lines) in pages.iter().enumerate() {
        let page_id = page_ids[index];
        let content_id = Ref::new(page_id.get() + 1);
        let mut page = pdf.page(page_id);
        page.media_box(Rect::new(0.0, 0.0, PAGE.0, PAGE.1));
        page.parent(tree);
        page.contents(content_id);
        page.resources()
            .fonts()
            .pair(Name(b"F1"), regular)
            .pair(Name(b"F2"), bold);
        page.finish();
        let mut content = Content::new();
        for (style, line, y) in lines {
            let font = if style.bold() { b"F2" } else { b"F1" };
            content
                .begin_text()
                .set_font(Name(font), style.size())
                .next_line(MARGIN, *y)
                .show(Str(&win_ansi(line)))
                .end_text();
        }
        pdf.stream(content_id, &content.finish());
    }
    pdf.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_words_and_cuts_only_overlong_ones() {
        assert_eq!(wrap("one two three", 7), ["one two", "three"]);
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert!(wrap("   ", 10).is_empty());
    }

    #[test]
    fn win_ansi_keeps_spanish_and_marks_the_rest() {
        assert_eq!(win_ansi("¿Qué?"), vec![0xBF, b'Q', b'u', 0xE9, b'?']);
        assert_eq!(win_ansi("…"), vec![0x85]);
        assert_eq!(win_ansi("疤"), vec![b'?']);
        assert!(fits_pdf(&[(
            Style::Body,
            "¿Qué? « Très bien » → 3 €".to_owned()
        )]));
        assert!(!fits_pdf(&[(Style::Body, "疤痕".to_owned())]));
        let page = html("Résumé <1>", "fr", &[(Style::Heading, "A & B".to_owned())]);
        assert!(page.contains("<html lang=\"fr\">") && page.contains("<h2>A &amp; B</h2>"));
        assert!(page.contains("<title>Résumé &lt;1&gt;</title>"));
    }

    #[test]
    fn the_summary_page_runs_nothing() {
        let typed = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        let page = html("Summary", "zh-Hans", &[(Style::Body, typed.to_owned())]);
        let csp =
            format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{SUMMARY_CSP}\">");
        let at = page.find(&csp).expect("the page carries its CSP");
        assert!(
            at < page.find("<style>").unwrap(),
            "before anything it governs"
        );
        assert!(SUMMARY_CSP.starts_with("default-src 'none';"));
        assert!(!SUMMARY_CSP.contains("script-src"));
        assert!(!page.contains("<script") && !page.contains("<img"));
    }

    #[test]
    fn the_pdf_holds_every_line_and_flows_onto_new_pages() {
        let mut lines = vec![(Style::Title, "My consultation".to_owned())];
        for i in 0..120 {
            lines.push((Style::Body, format!("Question number {i} for my doctor")));
        }
        let bytes = pdf("Summary", &lines);
        assert!(bytes.starts_with(b"%PDF-"));
        let read = text_lines(&bytes);
        assert!(
            read.iter().any(|l| l == "Question number 7 for my doctor"),
            "{read:?}"
        );
        let spanish = pdf(
            "Resumen",
            &[(Style::Body, "• ¿Cuántas sesiones?".to_owned())],
        );
        assert_eq!(text_lines(&spanish), ["• ¿Cuántas sesiones?"]);
        let text = String::from_utf8_lossy(&bytes);
        assert!(text.contains("(My consultation)"));
        assert!(text.contains("(Question number 119 for my doctor)"));
        // 120 lines of about 17 points on 730 points of page: three pages.
        assert!(text.contains("/Count 3"), "three pages");
    }
}
