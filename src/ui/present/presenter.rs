//! The presenter's view: the current and next slide as the room sees them,
//! the notes, the time since the show began, the clock, and which screen
//! shows what. In a window of its own on the officer's screen when the
//! slides have another, else in place of the slides (P goes back and forth).

use egui::Ui;

use super::{Presentation, paint_slide};
use crate::model::slides::Slide;
use crate::tr;

/// The presenter's own window: what is on screen, what comes next, the notes
/// and the elapsed time. Its keys drive the presentation too. Returns true when
/// the presenter leaves (Esc).
pub fn presenter_ui(ui: &mut Ui, presentation: &mut Presentation, now: f64) -> bool {
    let leave = super::handle_input(ui, presentation);
    let started = *presentation.started.get_or_insert(now);
    let elapsed = (now - started).max(0.0) as u64;
    let count = presentation.slides.len();
    let slide = |index: usize| presentation.slides.get(index);
    let current = slide(presentation.index).map_or(String::new(), |s| s.heading().to_owned());
    let words = crate::ui::language(ui.ctx());
    let next = slide(presentation.index + 1)
        .map_or_else(|| tr!(words, "presenter-end"), |s| s.heading().to_owned());
    let notes = slide(presentation.index).map_or(String::new(), |s| s.notes().to_owned());
    egui::Frame::new().inner_margin(24).show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.heading(tr!(words, "presenter-view"));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                // The time since the show began, and the clock on the wall.
                ui.label(
                    egui::RichText::new(format!("{:02}:{:02}", elapsed / 60, elapsed % 60))
                        .size(30.0)
                        .monospace(),
                );
                let clock = jiff::Zoned::now().strftime("%H:%M").to_string();
                ui.label(
                    egui::RichText::new(tr!(words, "presenter-clock", time = clock))
                        .size(20.0)
                        .weak(),
                );
            });
        });
        ui.add_space(12.0);
        // The current slide as large as the room allows, beside a column of
        // the next slide and the notes; the controls stay at the foot. Both
        // slides are drawn by the slides' own code, in their shape.
        let shape = presentation
            .flowed_for
            .map_or(720.0 / 1280.0, |size| size.y / size.x.max(1.0));
        const FOOT: f32 = 48.0;
        let room = ui.available_width();
        let height = (ui.available_height() - FOOT).max(200.0);
        let big = (room * 0.6).min((height - 56.0) / shape).max(160.0);
        let column = (room - big - 24.0).max(140.0);
        let small = column.min(big * 0.7);
        ui.horizontal_top(|ui| {
            ui.vertical(|ui| {
                ui.set_width(big);
                let now = tr!(
                    words,
                    "presenter-now",
                    number = presentation.index + 1,
                    count = count
                );
                ui.label(egui::RichText::new(now).weak());
                thumbnail(ui, presentation, presentation.index, big, shape);
                crate::ui::text::sized_label(ui, &current, 18.0);
            });
            ui.add_space(24.0);
            ui.vertical(|ui| {
                ui.set_width(column);
                ui.label(egui::RichText::new(tr!(words, "presenter-next")).weak());
                if presentation.index + 1 < count {
                    thumbnail(ui, presentation, presentation.index + 1, small, shape);
                }
                crate::ui::text::sized_label(ui, &next, 16.0);
                ui.add_space(8.0);
                ui.separator();
                ui.label(egui::RichText::new(tr!(words, "presenter-notes")).weak());
                // The notes take what is left of the column, and scroll.
                let left = (height - small * shape - 110.0).max(72.0);
                if notes.is_empty() {
                    ui.label(egui::RichText::new(tr!(words, "presenter-no-notes")).weak());
                } else {
                    egui::ScrollArea::vertical()
                        .max_height(left)
                        .auto_shrink([false, true])
                        .show(ui, |ui| {
                            crate::ui::text::sized_label(ui, &notes, 20.0);
                        });
                }
            });
        });
        ui.add_space(8.0);
        ui.separator();
        ui.horizontal_wrapped(|ui| {
            if ui.button(tr!(words, "presenter-previous")).clicked() {
                presentation.go(presentation.index.saturating_sub(1));
            }
            if ui.button(tr!(words, "presenter-next-button")).clicked() {
                presentation.go(presentation.index + 1);
            }
            ui.add_space(24.0);
            displays_ui(ui, presentation);
        });
    });
    // The clock ticks once a second while the presenter view is open.
    ui.ctx()
        .request_repaint_after(std::time::Duration::from_secs(1));
    leave
}

/// Slide `index` drawn `width` wide in the slides' `shape` (height / width),
/// framed, for the presenter.
fn thumbnail(ui: &mut Ui, presentation: &Presentation, index: usize, width: f32, shape: f32) {
    let size = egui::vec2(width, width * shape);
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    paint_slide(ui, rect, presentation, index);
    let stroke = ui.visuals().widgets.noninteractive.bg_stroke;
    ui.painter()
        .rect_stroke(rect, 2.0, stroke, egui::StrokeKind::Outside);
    let words = crate::ui::language(ui.ctx());
    let heading = presentation.slides.get(index).map_or("", Slide::heading);
    let said = tr!(
        words,
        "presenter-thumbnail",
        number = index + 1,
        heading = heading
    );
    crate::ui::widgets::accessible_name(&response, &said);
}

/// Which screen shows the slides: a choice and a swap when there are
/// several, else a word that the room sees this view.
fn displays_ui(ui: &mut Ui, presentation: &mut Presentation) {
    let words = crate::ui::language(ui.ctx());
    let Some(displays) = &mut presentation.displays else {
        return;
    };
    if !displays.separate() {
        ui.label(egui::RichText::new(tr!(words, "presenter-one-screen")).weak());
        return;
    }
    let before = (displays.slides_on, displays.presenter_on);
    ui.horizontal_wrapped(|ui| {
        ui.label(tr!(words, "presenter-slides-on"));
        let shown = displays.list[displays.slides_on].label();
        egui::ComboBox::from_id_salt("presenter slides screen")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                for at in 0..displays.list.len() {
                    let label = displays.list[at].label();
                    let chosen = at == displays.slides_on;
                    if crate::ui::widgets::choice(ui, chosen, label).clicked() {
                        displays.show_slides_on(at);
                    }
                }
            });
        if ui.button(tr!(words, "presenter-swap")).clicked() {
            displays.swap();
        }
    });
    if (displays.slides_on, displays.presenter_on) != before {
        presentation.displays_moved = true;
    }
}
