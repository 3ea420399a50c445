//! Taking the summary home: the QR code on the summary screen ([`ShareCode`]), and a summary
//! opened from such a code's link ([`Received`], the browser's `#summary=`).
//!
//! The code is made only while the summary screen shows, from what the patient sees there,
//! and forgotten with a kiosk visit. With a web address to open (the clinic's `web_address`,
//! or the page's own public address in the browser) the code is a link carrying the summary
//! in its fragment; without one it holds the summary as plain text.

use bevy::prelude::*;

use super::fit::{self, Fitted, Part};
use super::share::{self, Shared};
use super::{Deliver, LastExport, Prep, save_summary, summary, summary_lines_fitted};
use crate::clinic::Clinic;
use crate::content::Content;
use crate::i18n::{Localizer, args};
use crate::launch::LaunchOptions;
use crate::notices::{Notice, Notices};
use crate::progress::PlayerProgress;
use crate::state::{AppSystems, Screen};
use crate::visit::ForgetWithVisit;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<ShareCode>()
        .init_resource::<Received>()
        .forget_with_visit::<ShareCode>()
        .forget_with_visit::<Received>()
        .add_message::<ExportReceived>()
        .add_systems(Startup, open_received)
        .add_systems(
            Update,
            (
                // On the phone app the summary is already on the phone: no code.
                refresh_code
                    .after(super::apply_edits)
                    .run_if(in_state(Screen::Summary))
                    .run_if(|| !cfg!(any(target_os = "android", target_os = "ios"))),
                export_received,
                keep_known_topics.run_if(resource_added::<Content>),
            )
                .in_set(AppSystems::Apply),
        );
}

/// The page's own address where the summary can be opened (the browser build on a public
/// `https` site): set by the platform layer.
#[derive(Resource, Debug, Clone, PartialEq, Eq)]
pub struct PageAddress(pub String);

/// The code for the summary on screen, once made.
#[derive(Resource, Debug, Clone, Default, PartialEq)]
pub struct ShareCode(pub Option<TakeHome>);

/// A summary's code and what it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct TakeHome {
    pub fitted: Fitted,
    /// Whether the code is a link to the web build (else plain text).
    pub link: bool,
    /// What the code was made from: it is made again only when this changes.
    source: Source,
}

/// What a code is made from: the summary, its language and the address it opens at.
type Source = (super::model::Summary, String, Option<String>);

impl TakeHome {
    /// What the code holds, as a phone's camera reads it.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.fitted.data).into_owned()
    }
}

/// A summary opened from a link, shown on its own screen.
#[derive(Resource, Debug, Clone, Default, PartialEq)]
pub struct Received(pub Option<Shared>);

/// The received summary: save it as a file, like one's own.
#[derive(Message, Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportReceived;

/// Where a code's link should open: the clinic's web build, else this page (browser only).
fn address(clinic: Option<&Clinic>, page: Option<&PageAddress>) -> Option<String> {
    clinic
        .and_then(|c| c.config.web_address.clone())
        .or_else(|| page.map(|p| p.0.clone()))
}

/// What a code left out, as the patient reads it ("... left out: What I have learnt, My skin
/// and the sun"; Chinese lists with its own enumeration comma).
pub fn left_out_note(loc: &Localizer, parts: &[Part]) -> String {
    let names: Vec<String> = parts.iter().map(|p| loc.t(p.heading_id())).collect();
    let parts = names.join(super::list_comma(loc));
    loc.t_args("prep-share-left-out", &args(&[("parts", parts.into())]))
}

/// The summary as plain text for a phone to show: its lines, and what was left out.
fn plain_text(loc: &Localizer, summary: &super::model::Summary, left_out: &[Part]) -> Vec<u8> {
    let mut text = String::new();
    for (_, line) in summary_lines_fitted(summary, loc, left_out) {
        text.push_str(&line);
        text.push('\n');
    }
    if !left_out.is_empty() {
        text.push_str(&left_out_note(loc, left_out));
        text.push('\n');
    }
    text.into_bytes()
}

fn refresh_code(
    prep: Res<Prep>,
    progress: Res<PlayerProgress>,
    loc: Res<Localizer>,
    content: Option<Res<Content>>,
    clinic: Option<Res<Clinic>>,
    page: Option<Res<PageAddress>>,
    mut code: ResMut<ShareCode>,
    mut unfit: Local<Option<Source>>,
) {
    let Some(content) = content else {
        return;
    };
    let summary = summary(&prep.0, &progress, &content);
    let language = loc.current().to_string();
    let address = address(clinic.as_deref(), page.as_deref());
    let source = (summary, language, address);
    // Made already, or known not to fit: nothing to do (and nothing to say again).
    if code.0.as_ref().is_some_and(|c| c.source == source) || unfit.as_ref() == Some(&source) {
        return;
    }
    let (summary, language, address) = &source;
    let fitted = match address {
        Some(address) => fit::fit(summary, |s, left_out| {
            (
                share::link(address, s, language, left_out).into_bytes(),
                false,
            )
        }),
        None => fit::fit(summary, |s, left_out| (plain_text(&loc, s, left_out), true)),
    };
    match fitted {
        Some(fitted) => {
            code.0 = Some(TakeHome {
                fitted,
                link: address.is_some(),
                source,
            });
        }
        None => {
            if code.0.is_some() {
                code.0 = None;
            }
            warn!("the summary's code does not fit even empty: is web_address far too long?");
            *unfit = Some(source);
        }
    }
}

/// Opens the summary the app was started with (`LaunchOptions::shared_summary`); a link
/// that does not open is told to the patient, and the app starts as usual.
fn open_received(
    options: Res<LaunchOptions>,
    loc: Res<Localizer>,
    mut received: ResMut<Received>,
    mut notices: ResMut<Notices>,
) {
    let Some(payload) = options.shared_summary.as_deref() else {
        return;
    };
    match share::open(payload, |id| loc.has_reference_message(id)) {
        Ok(shared) => {
            info!("opened a summary from a link ({})", shared.language);
            received.0 = Some(shared);
        }
        Err(error) => {
            warn!("{error}");
            notices.push(Notice::SummaryLinkBroken);
        }
    }
}

/// Once the content is in, a received summary keeps only this content's module titles and quiz
/// prompts under "What I have learnt" and "Topics still unclear": a link can name any message
/// id, and only these belong there.
fn keep_known_topics(content: Res<Content>, mut received: ResMut<Received>) {
    let Some(shared) = received.0.as_mut() else {
        return;
    };
    let titles: Vec<&str> = content
        .modules
        .iter()
        .map(|m| m.entry.title.as_str())
        .collect();
    let prompts: Vec<&str> = content
        .modules
        .iter()
        .filter_map(|m| m.content.as_ref())
        .flat_map(|c| c.quiz.iter().map(|q| q.prompt.as_str()))
        .collect();
    let summary = &mut shared.summary;
    summary
        .modules_completed
        .retain(|id| titles.contains(&id.as_str()));
    summary.unclear.retain(|id| prompts.contains(&id.as_str()));
}

/// A received summary's lines: as made, less "made on this device" (it was made on another).
pub fn received_lines(shared: &Shared, loc: &Localizer) -> Vec<(super::export::Style, String)> {
    let made_here = loc.t("prep-summary-intro");
    let mut lines = summary_lines_fitted(&shared.summary, loc, &shared.left_out);
    lines.retain(|(_, text)| *text != made_here);
    lines
}

fn export_received(
    mut asked: MessageReader<ExportReceived>,
    received: Res<Received>,
    options: Res<LaunchOptions>,
    loc: Res<Localizer>,
    deliver: Option<Res<Deliver>>,
    mut last: ResMut<LastExport>,
    mut notices: ResMut<Notices>,
) {
    for ExportReceived in asked.read() {
        let Some(shared) = &received.0 else {
            continue;
        };
        let lines = received_lines(shared, &loc);
        let result = save_summary(&options, deliver.as_deref().copied(), &loc, &lines);
        super::tell_export(result, &mut notices, &mut last);
    }
}
