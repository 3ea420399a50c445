//! What a screen reader finds on screen, read the way the browser test reads it: egui's
//! last AccessKit tree, named by the app's own `platform::reader` (every named widget with
//! its role, rectangle, focus and checked state).

use bevy::prelude::*;
use bevy_egui::egui::accesskit;
use bevy_egui::{EguiOutput, EguiPostUpdateSet};

use scarwise::platform::reader::{self, Widget};

/// The last tree egui gave screen readers (it sends the whole tree every pass).
#[derive(Resource, Default)]
struct LastTree(Option<accesskit::TreeUpdate>);

/// Keeps the last tree of every frame. The app turns the tree on itself (its `test_hook`).
pub fn capture(app: &mut App) {
    app.init_resource::<LastTree>().add_systems(
        PostUpdate,
        keep_tree.after(EguiPostUpdateSet::ProcessOutput),
    );
}

fn keep_tree(outputs: Query<&EguiOutput>, mut tree: ResMut<LastTree>) {
    for output in &outputs {
        if let Some(update) = &output.platform_output.accesskit_update {
            tree.0 = Some(update.clone());
        }
    }
}

fn tree(app: &App) -> Option<&accesskit::TreeUpdate> {
    app.world().resource::<LastTree>().0.as_ref()
}

/// The named widgets on screen now, in the tree's order (not reading order), as a screen
/// reader hears them (checked
/// states and text included on every screen: the tests are the patient here).
pub fn widgets(app: &App) -> Vec<Widget> {
    tree(app).map_or_else(Vec::new, |tree| reader::widgets(tree, false))
}

/// The names a screen reader finds on screen now (what egui drew in the last frame).
pub fn visible_names(app: &App) -> Vec<String> {
    widgets(app).into_iter().map(|w| w.name).collect()
}

/// The widget with the keyboard focus, if it has a name.
pub fn focused(app: &App) -> Option<Widget> {
    widgets(app).into_iter().find(|w| w.focused)
}

/// The node with the keyboard focus, named or not.
fn focused_node(app: &App) -> Option<&accesskit::Node> {
    let tree = tree(app)?;
    tree.nodes
        .iter()
        .find(|(id, _)| *id == tree.focus)
        .map(|(_, node)| node)
}

/// The role of whatever has the keyboard focus, named or not (a slider goes by the label
/// beside it and has no name of its own, so [`widgets`] leaves it out).
pub fn focused_role(app: &App) -> Option<accesskit::Role> {
    focused_node(app).map(accesskit::Node::role)
}

/// Where the keyboard focus is drawn (any widget, named or not), if anything has it.
pub fn focused_bounds(app: &App) -> Option<accesskit::Rect> {
    focused_node(app)?.bounds()
}

pub fn focused_name(app: &App) -> String {
    focused(app).map(|w| w.name).unwrap_or_default()
}

/// The first node a reader hears as `name` that `also` accepts, with its id.
fn node_named<'a>(
    app: &'a App,
    name: &str,
    also: impl Fn(&accesskit::Node) -> bool,
) -> Option<(accesskit::NodeId, &'a accesskit::Node)> {
    tree(app)?
        .nodes
        .iter()
        .find(|(_, node)| also(node) && reader::reader_name(node, false).as_deref() == Some(name))
        .map(|(id, node)| (*id, node))
}

/// The tree node of the widget named `name`: what a screen reader's request points at.
pub fn node_id(app: &App, name: &str) -> Option<accesskit::NodeId> {
    node_named(app, name, |_| true).map(|(id, _)| id)
}

/// The heading level of the widget named `name`, if a reader hears it as a heading.
pub fn heading_level(app: &App, name: &str) -> Option<usize> {
    node_named(app, name, |node| node.role() == accesskit::Role::Heading)?
        .1
        .level()
}

/// Where a widget's rectangle is, in window coordinates (logical pixels).
pub fn bounds(widget: &Widget) -> accesskit::Rect {
    let [x, y, w, h] = widget.rect;
    accesskit::Rect::new(x, y, x + w, y + h)
}

/// Where the widget named `name` is, in window coordinates (logical pixels).
pub fn rect_of(app: &App, name: &str) -> Option<accesskit::Rect> {
    widgets(app).iter().find(|w| w.name == name).map(bounds)
}

/// The rectangle of the slider a reader announces by the label `label`.
pub fn slider_labelled(app: &App, label: &str) -> Option<accesskit::Rect> {
    let label_id = node_id(app, label)?;
    tree(app)?
        .nodes
        .iter()
        .map(|(_, n)| n)
        .find(|n| n.role() == accesskit::Role::Slider && n.labelled_by().contains(&label_id))
        .and_then(|n| n.bounds())
}
