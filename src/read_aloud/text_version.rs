//! The text version offered where no voice can read: the module's page of the lessons as
//! plain HTML (the browser build's text version), which the device's own screen reader and
//! "listen to this page" tools can read. Saved like the summary: the browser downloads it,
//! the desktop writes it into the Documents folder. A kiosk writes nothing.

use bevy::prelude::*;

use super::ReadAloudInput;
use crate::clinic::KioskMode;
use crate::consult::{Deliver, hand_over};
use crate::content::Content;
use crate::content::html::{STYLE, module_text_page};
use crate::i18n::Localizer;
use crate::launch::LaunchOptions;
use crate::notices::{Notice, Notices};

pub(super) fn save_text_version(
    mut inputs: MessageReader<ReadAloudInput>,
    mut notices: ResMut<Notices>,
    options: Res<LaunchOptions>,
    loc: Res<Localizer>,
    content: Option<Res<Content>>,
    kiosk: Option<Res<KioskMode>>,
    deliver: Option<Res<Deliver>>,
) {
    for input in inputs.read() {
        let ReadAloudInput::SaveTextVersion { module, language } = input else {
            continue;
        };
        if kiosk.as_ref().is_some_and(|k| k.0) {
            continue;
        }
        let Some(content) = content.as_deref() else {
            continue;
        };
        let result = page(content, &loc, module, language).and_then(|html| {
            let name = format!("scarwise-{module}-{language}.html");
            hand_over(
                &options,
                deliver.as_deref().copied(),
                &loc,
                &name,
                html.as_bytes(),
                "text/html",
            )
        });
        notices.push(match result {
            Ok(path) => Notice::TextVersionSaved(path),
            Err(reason) => {
                warn!("text version not saved: {reason}");
                Notice::TextVersionFailed(reason)
            }
        });
    }
}

/// The text version's page of `module` in `loc`'s language (`language` names it), its style
/// sheet inlined so that the one file stands alone.
pub fn page(
    content: &Content,
    loc: &Localizer,
    module: &str,
    language: &str,
) -> Result<String, String> {
    let html = module_text_page(&content.0, loc, language, module)
        .ok_or_else(|| format!("no text version of {module} in {language}"))?;
    Ok(html.replace(
        "<link rel=\"stylesheet\" href=\"../text.css\">",
        &format!("<style>\n{STYLE}</style>"),
    ))
}
