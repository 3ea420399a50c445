//! About: what Scarwise is and is not, privacy, and every source the content cites.

use bevy::prelude::*;
use bevy_egui::{EguiContexts, egui};

use crate::state::Nav;

use crate::content::Content;
use crate::i18n::Localizer;
use crate::theme::widgets::{card, heading, page, paragraph, primary_button};
use crate::theme::{Palette, bold, c};

pub(super) fn show(
    mut contexts: EguiContexts,
    loc: Res<Localizer>,
    content: Option<Res<Content>>,
    mut nav: MessageWriter<Nav>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let palette = Palette::of_ctx(ctx);
    page(ctx, |ui| {
        if primary_button(ui, &loc.t("nav-back")).clicked() {
            nav.write(Nav::Back);
        }
        heading(ui, loc.t("about-heading"), 1);
        paragraph(ui, &loc.t("about-what"));
        card(ui, palette.wrong_soft).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(bold(loc.t("about-disclaimer-heading")));
            paragraph(ui, &loc.t("about-disclaimer"));
        });
        paragraph(ui, &loc.t("about-privacy"));
        heading(ui, loc.t("about-references"), 2);
        paragraph(ui, &loc.t("about-references-intro"));
        if let Some(content) = content {
            for source in content.cited_sources() {
                // Tag and citation in one wrapping paragraph: the tag in bold, as on the pages.
                let mut job = egui::text::LayoutJob::default();
                let font = |family: egui::FontFamily| egui::TextFormat {
                    font_id: egui::FontId::new(crate::theme::BODY_SIZE, family),
                    color: c(palette.text),
                    ..default()
                };
                job.append(
                    &source.tag,
                    0.0,
                    font(egui::FontFamily::Name(crate::theme::BOLD.into())),
                );
                job.append(&source.citation, 12.0, font(egui::FontFamily::Proportional));
                ui.add(egui::Label::new(job).wrap());
            }
        }
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use crate::content::model::SourceIndex;

    /// The sources file as shipped: what the references list shows patients.
    fn shipped() -> SourceIndex {
        let text = include_str!("../../assets/content/sources.ron");
        ron::from_str(text).expect("sources.ron parses")
    }

    /// Words that belong to a note for the app's writers, never to a citation a patient reads.
    const WRITERS_NOTES: [&str; 6] = [
        "standing",
        "note for",
        "writers",
        "not for patients",
        "typical advice",
        "say \"",
    ];

    /// The tags of the evidence brief's list of sources (shared/content/evidence-brief.md, which
    /// a fresh clone does not have): each must be listed with its own citation.
    const BRIEF_TAGS: [&str; 30] = [
        "JACOB2001",
        "FABBROCINI2010",
        "GOODMAN2006",
        "CLARK",
        "TAN2017",
        "QOL2021",
        "DERMNET",
        "BAEHARBOE2013",
        "ZHOU2023",
        "STRESS-TRADE",
        "FDA-K142372",
        "FDA-K220853",
        "KIM2020",
        "BRAUER2015",
        "BERNSTEIN2017",
        "HUANG2019",
        "TAO2024",
        "SPLITFACE2023",
        "LI2023",
        "ALEXIS2016",
        "WALDMAN2017",
        "TEXTBOOK-NAF",
        "CANDELA-GUIDE",
        "CLINIC-GUIDE",
        "COCHRANE",
        "CONNOLLY2017",
        "XU2018",
        "ALAM2014",
        "BHARDWAJ2010",
        "ASDS",
    ];

    #[test]
    fn each_source_has_its_own_citation_with_no_note_for_writers() {
        let index = shipped();
        let mut by_citation: BTreeMap<String, &str> = BTreeMap::new();
        for source in &index.sources {
            let citation = source.citation.trim();
            assert!(!citation.is_empty(), "{}: empty citation", source.tag);
            if let Some(other) = by_citation.insert(citation.to_lowercase(), &source.tag) {
                panic!("{} and {other} share the citation {citation:?}", source.tag);
            }
            let lower = citation.to_lowercase();
            for note in WRITERS_NOTES {
                assert!(
                    !lower.contains(note),
                    "{}: {citation:?} carries a note for writers ({note:?})",
                    source.tag
                );
            }
        }
        for tag in BRIEF_TAGS {
            assert!(
                index.sources.iter().any(|s| s.tag == tag),
                "{tag} from the brief is not listed"
            );
        }
        // The two device clearances each name their own summary.
        for tag in ["FDA-K142372", "FDA-K220853"] {
            let source = index.sources.iter().find(|s| s.tag == tag).unwrap();
            assert!(
                source.citation.contains(&tag[4..]),
                "{tag}: {}",
                source.citation
            );
        }
    }
}
