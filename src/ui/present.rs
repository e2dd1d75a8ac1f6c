//! Presenting the profile full screen: one slide at a time, type sized from
//! the window, the keys and clicks presenters and their clickers expect.

use crate::tr;
use egui::{Align2, Color32, FontId, Key, Pos2, Rect, Ui};

use crate::model::slides::{Line, Slide};

/// A presentation in progress; the document's slides are made when it starts.
#[derive(Clone, Debug)]
pub struct Presentation {
    pub slides: Vec<Slide>,
    pub index: usize,
    /// B or . turns the screen black (or white) until the next key.
    pub blank: bool,
    /// Digits typed before Enter, to jump to a slide.
    pub typed: String,
    /// G shows every slide's title, to jump to one.
    pub grid: bool,
    /// P opens a second window for the presenter: current and next slide,
    /// notes, and the time since the start.
    pub presenter_view: bool,
    /// When the presentation started (egui time, seconds).
    pub started: Option<f64>,
}

impl Presentation {
    pub fn new(slides: Vec<Slide>) -> Self {
        Self {
            slides,
            index: 0,
            blank: false,
            typed: String::new(),
            grid: false,
            presenter_view: false,
            started: None,
        }
    }

    fn go(&mut self, index: usize) {
        self.index = index.min(self.slides.len().saturating_sub(1));
    }
}

/// Draws the current slide and handles the keys; returns true when the
/// presenter leaves (Esc).
pub fn present_ui(ui: &mut Ui, presentation: &mut Presentation) -> bool {
    let leave = handle_input(ui, presentation);
    if presentation.grid {
        grid_ui(ui, presentation);
        return false;
    }
    let rect = ui.max_rect();
    let response = ui.allocate_rect(rect, egui::Sense::click());
    if response.clicked() {
        presentation.blank = false;
        presentation.go(presentation.index + 1);
    }
    // The slides follow the app's light or dark theme (View menu).
    let (background, ink, accent) = if ui.visuals().dark_mode {
        (
            Color32::from_rgb(0x10, 0x1c, 0x1f),
            Color32::from_gray(235),
            Color32::from_rgb(0x5c, 0xc2, 0xc9),
        )
    } else {
        (
            Color32::WHITE,
            Color32::from_rgb(0x1d, 0x2a, 0x2e),
            Color32::from_rgb(0x0b, 0x6e, 0x77),
        )
    };
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, background);
    if presentation.blank {
        return leave;
    }
    let Some(slide) = presentation.slides.get(presentation.index) else {
        return leave;
    };
    // Sizes follow the window's height: a slide reads the same at 720 and 2160 lines.
    let unit = rect.height() / 720.0;
    let margin = 64.0 * unit;
    let width = rect.width() - 2.0 * margin;
    let city = presentation
        .slides
        .first()
        .map_or("", Slide::heading)
        .to_owned();
    match slide {
        Slide::Title { city, lines } => {
            centered_ui(ui, &painter, rect, unit, city, lines, (accent, ink));
        }
        Slide::Closing { city, thanks } => {
            let lines = [thanks.clone()];
            centered_ui(ui, &painter, rect, unit, city, &lines, (accent, ink));
        }
        Slide::Bars { heading, bars } => {
            let galley = layout(ui, heading, 44.0 * unit, accent, width);
            painter.galley(
                Pos2::new(rect.left() + margin, rect.top() + margin),
                galley.clone(),
                accent,
            );
            let mut y = rect.top() + margin + galley.size().y + 34.0 * unit;
            let most = bars.iter().map(|(_, n)| *n).max().unwrap_or(1).max(1) as f32;
            let label_width = width * 0.45;
            let row = 44.0 * unit;
            for (label, count) in bars {
                let label_galley = layout(ui, label, 24.0 * unit, ink, label_width - 16.0 * unit);
                painter.galley(
                    Pos2::new(
                        rect.left() + margin + label_width - 16.0 * unit - label_galley.size().x,
                        y,
                    ),
                    label_galley.clone(),
                    ink,
                );
                let room = width - label_width - 60.0 * unit;
                let bar = Rect::from_min_size(
                    Pos2::new(rect.left() + margin + label_width, y + 4.0 * unit),
                    egui::vec2(room * *count as f32 / most, 24.0 * unit),
                );
                painter.rect_filled(bar, 3.0 * unit, accent);
                painter.text(
                    Pos2::new(bar.right() + 10.0 * unit, bar.center().y),
                    Align2::LEFT_CENTER,
                    count.to_string(),
                    FontId::proportional(24.0 * unit),
                    ink,
                );
                y += row.max(label_galley.size().y + 12.0 * unit);
            }
        }
        Slide::Text { heading, lines, .. } => {
            let mut y = rect.top() + margin;
            let galley = layout(ui, heading, 44.0 * unit, accent, width);
            painter.galley(Pos2::new(rect.left() + margin, y), galley.clone(), accent);
            y += galley.size().y + 30.0 * unit;
            for line in lines {
                let (text, indent) = match line {
                    Line::Paragraph(text) => (text.clone(), 0.0),
                    Line::Bullet(text) => (text.clone(), 34.0 * unit),
                };
                // A right-to-left item has its bullet at the right, where it starts.
                let rtl = crate::text::bidi::is_rtl_paragraph(&text);
                if indent > 0.0 {
                    let dot_x = if rtl {
                        rect.right() - margin - 10.0 * unit
                    } else {
                        rect.left() + margin + 10.0 * unit
                    };
                    painter.circle_filled(Pos2::new(dot_x, y + 17.0 * unit), 5.0 * unit, accent);
                }
                let galley = layout(ui, &text, 28.0 * unit, ink, width - indent);
                let left = if rtl { 0.0 } else { indent };
                painter.galley(
                    Pos2::new(rect.left() + margin + left, y),
                    galley.clone(),
                    ink,
                );
                y += galley.size().y + 18.0 * unit;
            }
        }
    }
    // The city's name and a discreet counter at the foot of every slide.
    let foot = FontId::proportional(16.0 * unit);
    let faint = ink.gamma_multiply(0.55);
    let city_galley = layout(ui, &city, 16.0 * unit, faint, rect.width() * 0.6);
    painter.galley(
        Pos2::new(
            rect.left() + margin,
            rect.bottom() - 28.0 * unit - city_galley.size().y / 2.0,
        ),
        city_galley,
        faint,
    );
    let counter = format!("{} / {}", presentation.index + 1, presentation.slides.len());
    painter.text(
        Pos2::new(rect.right() - margin, rect.bottom() - 28.0 * unit),
        Align2::RIGHT_CENTER,
        &counter,
        foot,
        faint,
    );
    // For screen readers and tests: what is on screen.
    let words = super::language(ui.ctx());
    let info = tr!(
        words,
        "slide-info",
        counter = counter.as_str(),
        heading = slide.heading()
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Document, true, info.clone()));
    leave
}

/// A heading and a few lines, centred: the title and closing slides.
fn centered_ui(
    ui: &Ui,
    painter: &egui::Painter,
    rect: Rect,
    unit: f32,
    heading: &str,
    lines: &[String],
    (accent, ink): (Color32, Color32),
) {
    let width = rect.width() - 128.0 * unit;
    let mut y = rect.center().y - 90.0 * unit;
    let galley = layout_aligned(ui, heading, 64.0 * unit, accent, width, false);
    painter.galley(
        Pos2::new(rect.center().x - galley.size().x / 2.0, y),
        galley.clone(),
        accent,
    );
    y += galley.size().y + 28.0 * unit;
    for line in lines {
        let galley = layout_aligned(ui, line, 30.0 * unit, ink, width, false);
        painter.galley(
            Pos2::new(rect.center().x - galley.size().x / 2.0, y),
            galley.clone(),
            ink,
        );
        y += galley.size().y + 12.0 * unit;
    }
}

/// Lays out slide text in the slide face, with Markdown `*emphasis*` in real
/// italics and `**strong**` in bold, right-to-left paragraphs ordered and
/// flush right.
fn layout(
    ui: &Ui,
    text: &str,
    size: f32,
    color: Color32,
    width: f32,
) -> std::sync::Arc<egui::Galley> {
    layout_aligned(ui, text, size, color, width, true)
}

/// [`layout`], right-to-left lines flush right or (for centred text) not.
fn layout_aligned(
    ui: &Ui,
    text: &str,
    size: f32,
    color: Color32,
    width: f32,
    flush_right: bool,
) -> std::sync::Arc<egui::Galley> {
    let spans = crate::text::inline::spans(text);
    super::text::display_galley(ui, &spans, width, flush_right, &|emphasis| {
        egui::TextFormat {
            font_id: FontId::new(size, super::text::slide_family(emphasis)),
            color,
            ..Default::default()
        }
    })
}

/// Every slide's number and title as buttons; a click goes there.
fn grid_ui(ui: &mut Ui, presentation: &mut Presentation) {
    ui.add_space(24.0);
    let words = super::language(ui.ctx());
    ui.vertical_centered(|ui| ui.heading(tr!(words, "slides-grid")));
    ui.add_space(16.0);
    let mut chosen = None;
    egui::ScrollArea::vertical().show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            for (index, slide) in presentation.slides.iter().enumerate() {
                let text = format!("{}. {}", index + 1, slide.heading());
                let button = egui::Button::selectable(index == presentation.index, text)
                    .wrap()
                    .min_size(egui::vec2(280.0, 90.0));
                if ui.add_sized([280.0, 90.0], button).clicked() {
                    chosen = Some(index);
                }
            }
        });
    });
    if let Some(index) = chosen {
        presentation.go(index);
        presentation.grid = false;
    }
}

fn handle_input(ui: &Ui, presentation: &mut Presentation) -> bool {
    let mut leave = false;
    ui.input_mut(|input| {
        let mut pressed = |key| input.consume_key(egui::Modifiers::NONE, key);
        if pressed(Key::Escape) {
            // Esc closes the grid first, then leaves the presentation.
            if presentation.grid {
                presentation.grid = false;
            } else {
                leave = true;
            }
            return;
        }
        if pressed(Key::G) {
            presentation.grid = !presentation.grid;
            return;
        }
        if pressed(Key::P) {
            presentation.presenter_view = !presentation.presenter_view;
            return;
        }
        if presentation.grid {
            return;
        }
        let last = presentation.slides.len().saturating_sub(1);
        let mut moved = None;
        if pressed(Key::B) || pressed(Key::Period) {
            presentation.blank = !presentation.blank;
            return;
        }
        for (key, digit) in [
            (Key::Num0, '0'),
            (Key::Num1, '1'),
            (Key::Num2, '2'),
            (Key::Num3, '3'),
            (Key::Num4, '4'),
            (Key::Num5, '5'),
            (Key::Num6, '6'),
            (Key::Num7, '7'),
            (Key::Num8, '8'),
            (Key::Num9, '9'),
        ] {
            if pressed(key) {
                presentation.typed.push(digit);
            }
        }
        if pressed(Key::Enter) {
            moved = Some(match presentation.typed.parse::<usize>() {
                Ok(number) if number > 0 => number - 1,
                _ => presentation.index + 1,
            });
            presentation.typed.clear();
        }
        for key in [Key::ArrowRight, Key::ArrowDown, Key::Space, Key::PageDown] {
            if pressed(key) {
                moved = Some(presentation.index + 1);
            }
        }
        for key in [Key::ArrowLeft, Key::ArrowUp, Key::PageUp, Key::Backspace] {
            if pressed(key) {
                moved = Some(presentation.index.saturating_sub(1));
            }
        }
        if pressed(Key::Home) {
            moved = Some(0);
        }
        if pressed(Key::End) {
            moved = Some(last);
        }
        if let Some(index) = moved {
            presentation.blank = false;
            presentation.go(index);
        }
    });
    leave
}

/// The presenter's own window: what is on screen, what comes next, the notes
/// and the elapsed time. Its keys drive the presentation too. Returns true when
/// the presenter leaves (Esc).
pub fn presenter_ui(ui: &mut Ui, presentation: &mut Presentation, now: f64) -> bool {
    let leave = handle_input(ui, presentation);
    let started = *presentation.started.get_or_insert(now);
    let elapsed = (now - started).max(0.0) as u64;
    let count = presentation.slides.len();
    let slide = |index: usize| presentation.slides.get(index);
    let current = slide(presentation.index).map_or(String::new(), |s| s.heading().to_owned());
    let words = super::language(ui.ctx());
    let next = slide(presentation.index + 1)
        .map_or_else(|| tr!(words, "presenter-end"), |s| s.heading().to_owned());
    let notes = slide(presentation.index).map_or(String::new(), |s| s.notes().to_owned());
    egui::Frame::new().inner_margin(24).show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.heading(tr!(words, "presenter-view"));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(
                    egui::RichText::new(format!("{:02}:{:02}", elapsed / 60, elapsed % 60))
                        .size(30.0)
                        .monospace(),
                );
            });
        });
        ui.add_space(12.0);
        ui.label(
            egui::RichText::new(tr!(
                words,
                "presenter-now",
                number = presentation.index + 1,
                count = count
            ))
            .weak(),
        );
        super::text::sized_label(ui, &current, 26.0);
        ui.add_space(8.0);
        ui.label(egui::RichText::new(tr!(words, "presenter-next")).weak());
        super::text::sized_label(ui, &next, 20.0);
        ui.add_space(16.0);
        ui.separator();
        ui.label(egui::RichText::new(tr!(words, "presenter-notes")).weak());
        if notes.is_empty() {
            ui.label(egui::RichText::new(tr!(words, "presenter-no-notes")).weak());
        } else {
            egui::ScrollArea::vertical()
                .max_height(260.0)
                .show(ui, |ui| {
                    super::text::sized_label(ui, &notes, 20.0);
                });
        }
        ui.add_space(16.0);
        ui.horizontal(|ui| {
            if ui.button(tr!(words, "presenter-previous")).clicked() {
                presentation.go(presentation.index.saturating_sub(1));
            }
            if ui.button(tr!(words, "presenter-next-button")).clicked() {
                presentation.go(presentation.index + 1);
            }
        });
    });
    // The clock ticks once a second while the presenter view is open.
    ui.ctx()
        .request_repaint_after(std::time::Duration::from_secs(1));
    leave
}
