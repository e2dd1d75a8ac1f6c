//! Presenting the profile full screen: one slide at a time, type sized from
//! the window, the keys and clicks presenters and their clickers expect.

use crate::tr;
use egui::{Align2, Color32, FontId, Key, Pos2, Rect, Ui};

use super::slide_flow::{centered_galley, layout};
use crate::model::slides::{Line, Slide};

mod displays;
mod presenter;

pub use displays::{Display, Displays};
pub use presenter::presenter_ui;

/// The officer's window as it was before the show, to put it back so after
/// it (X11 forgets "maximised" on leaving full screen: a 1024×768 laptop's
/// window came back partly off screen).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WindowWas {
    pub maximized: bool,
    /// Its outer top-left corner and its inner size, when the system said.
    pub place: Option<egui::Pos2>,
    pub size: Option<egui::Vec2>,
}

/// A presentation in progress; the document's slides are made when it starts.
#[derive(Clone, Debug)]
pub struct Presentation {
    /// The slides as shown: `whole` flowed for the window's size.
    pub slides: Vec<Slide>,
    /// Each part of the profile on one slide, however long (the model's).
    whole: Vec<Slide>,
    /// The place in `whole` each shown slide comes from.
    sources: Vec<usize>,
    /// The window size `slides` were flowed for.
    flowed_for: Option<egui::Vec2>,
    /// The slides' language, for the headings flowing adds ("(continued)").
    words: crate::i18n::Language,
    /// The city's logo and cover photo.
    pictures: crate::model::Pictures,
    /// Where the last text slide's lines were drawn, and where its body
    /// must end: what tests check against the footer.
    pub drawn: Option<(f32, Vec<Rect>)>,
    pub index: usize,
    /// B or . turns the screen black (or white) until the next key.
    pub blank: bool,
    /// Digits typed before Enter, to jump to a slide.
    pub typed: String,
    /// G shows every slide's title, to jump to one.
    pub grid: bool,
    /// The slide chosen in the grid by the arrow keys (Enter opens it).
    pub grid_cursor: usize,
    /// Tiles in a row of the grid as last drawn: how far Up and Down move.
    grid_columns: usize,
    /// The slide the grid last scrolled to show.
    grid_scrolled_to: Option<usize>,
    /// P opens a second window for the presenter: current and next slide,
    /// notes, and the time since the start.
    pub presenter_view: bool,
    /// When the presentation started (egui time, seconds).
    pub started: Option<f64>,
    /// The screens and which shows what; `None` until the app has asked
    /// the system.
    pub displays: Option<Displays>,
    /// The officer moved the slides to another screen: the app moves the
    /// windows.
    pub displays_moved: bool,
    /// Where the editing window was before the show: it goes back there,
    /// not stays on the room's screen with the form on it.
    pub window_was: Option<WindowWas>,
}

impl Presentation {
    /// A presentation of `whole`, whose own words are in `words`.
    pub fn new(
        whole: Vec<Slide>,
        words: crate::i18n::Language,
        pictures: crate::model::Pictures,
    ) -> Self {
        Self {
            words,
            pictures,
            slides: whole.clone(),
            sources: (0..whole.len()).collect(),
            whole,
            flowed_for: None,
            drawn: None,
            index: 0,
            blank: false,
            typed: String::new(),
            grid: false,
            grid_cursor: 0,
            grid_columns: 1,
            grid_scrolled_to: None,
            presenter_view: false,
            started: None,
            displays: None,
            displays_moved: false,
            window_was: None,
        }
    }

    /// The part of the profile each shown slide comes from.
    pub fn sources(&self) -> &[usize] {
        &self.sources
    }

    /// Flows the slides for a window of `size` (again when it changes),
    /// staying on the part of the profile that was on screen.
    fn reflow(&mut self, ui: &Ui, size: egui::Vec2) {
        if self.flowed_for == Some(size) {
            return;
        }
        let source = self.sources.get(self.index).copied().unwrap_or(0);
        let flowed = super::slide_flow::flow(ui, &self.whole, size, self.words);
        self.sources = flowed.iter().map(|(source, _)| *source).collect();
        self.slides = flowed.into_iter().map(|(_, slide)| slide).collect();
        self.index = self.sources.iter().position(|s| *s == source).unwrap_or(0);
        self.flowed_for = Some(size);
    }

    fn go(&mut self, index: usize) {
        self.index = index.min(self.slides.len().saturating_sub(1));
    }

    /// A move asked while the screen is blank only brings the slide back;
    /// otherwise it goes to slide `index`.
    fn step_to(&mut self, index: usize) {
        if self.blank {
            self.blank = false;
        } else {
            self.go(index);
        }
    }
}

/// Draws the current slide and handles the keys; returns true when the
/// presenter leaves (Esc).
pub fn present_ui(ui: &mut Ui, presentation: &mut Presentation) -> bool {
    // The show's time runs from its first slide, not from when P is pressed.
    let now = ui.input(|i| i.time);
    presentation.started.get_or_insert(now);
    let leave = handle_input(ui, presentation);
    if presentation.grid {
        grid_ui(ui, presentation);
        return false;
    }
    let rect = ui.max_rect();
    presentation.reflow(ui, rect.size());
    let response = ui.allocate_rect(rect, egui::Sense::click());
    if response.clicked() {
        presentation.step_to(presentation.index + 1);
    }
    let painter = ui.painter_at(rect);
    if presentation.blank {
        // Blank is black, whatever the theme: the room looks at the speaker.
        painter.rect_filled(rect, 0.0, Color32::BLACK);
        return leave;
    }
    let Some(slide) = presentation.slides.get(presentation.index) else {
        return leave;
    };
    presentation.drawn = paint_slide(ui, rect, presentation, presentation.index);
    let (_, _, accent) = slide_colours(ui.visuals());
    if !presentation.typed.is_empty() {
        // A slide number being typed shows, so Enter's jump is no surprise.
        let words = super::language(ui.ctx());
        let unit = rect.height() / 720.0;
        let text = tr!(words, "slides-typed", number = presentation.typed.as_str());
        let place = Rect::from_min_max(
            rect.right_bottom() - egui::vec2(420.0 * unit, 96.0 * unit),
            rect.right_bottom() - egui::vec2(24.0 * unit, 56.0 * unit),
        );
        ui.put(
            place,
            egui::Label::new(egui::RichText::new(text).size(22.0 * unit).color(accent)),
        );
    }
    let counter = format!("{} / {}", presentation.index + 1, presentation.slides.len());
    // For screen readers and tests: what is on screen.
    let words = super::language(ui.ctx());
    let empty = tr!(words, "slides-empty");
    let heading = match slide {
        Slide::Title { city, lines } if city.trim().is_empty() && lines.is_empty() => &empty,
        _ => slide.heading(),
    };
    let info = tr!(
        words,
        "slide-info",
        counter = counter.as_str(),
        heading = heading
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Document, true, info.clone()));
    leave
}

/// The slide's colours in the app's light or dark theme: background, ink, accent.
fn slide_colours(visuals: &egui::Visuals) -> (Color32, Color32, Color32) {
    // The slides follow the app's light or dark theme (View menu).
    if visuals.dark_mode {
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
    }
}

/// Draws slide `index` of `slides` into `rect`, at any size (the full
/// screen, or a thumbnail of the presenter view, of the same shape): where
/// its lines went and where its body must end, for a text, title or closing slide.
fn paint_slide(
    ui: &Ui,
    rect: Rect,
    presentation: &Presentation,
    index: usize,
) -> Option<(f32, Vec<Rect>)> {
    let slides = &presentation.slides;
    let (background, mut ink, mut accent) = slide_colours(ui.visuals());
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, background);
    let slide = slides.get(index)?;
    let pictures = &presentation.pictures;
    let opening = matches!(slide, Slide::Title { .. });
    if opening && let Some(cover) = &pictures.cover {
        // The photo fills the slide, darkened so white type reads on it.
        if paint_cover(ui, &painter, rect, cover) {
            ink = Color32::WHITE;
            accent = Color32::WHITE;
        }
    }
    // The logo at the top left of the title and closing slides; the title
    // block starts below it.
    let logo_room = if matches!(slide, Slide::Title { .. } | Slide::Closing { .. })
        && let Some(logo) = &pictures.logo
    {
        paint_logo(
            ui,
            &painter,
            rect,
            logo,
            opening && pictures.cover.is_some(),
        )
    } else {
        0.0
    };
    // Sizes follow the window's height: a slide reads the same at 720 and 2160 lines.
    use crate::deck::{
        BULLET_INDENT, Geometry, HEADING_GAP, HEADING_SIZE, LINE_GAP, MARGIN, TEXT_SIZE,
    };
    let geometry = Geometry::of(rect.width(), rect.height());
    let unit = geometry.unit;
    let margin = MARGIN * unit;
    let width = geometry.text_width();
    let city = slides.first().map_or("", Slide::heading).to_owned();
    let mut placed = None;
    match slide {
        Slide::Title { city, lines } if city.trim().is_empty() && lines.is_empty() => {
            // A new, empty profile: say so rather than show a blank slide.
            let words = super::language(ui.ctx());
            let hint = [tr!(words, "slides-empty")];
            centered_ui(
                ui,
                &painter,
                rect,
                unit,
                logo_room,
                "",
                &hint,
                (accent, ink),
            );
            placed = None;
        }
        Slide::Title { city, lines } => {
            let drawn = centered_ui(
                ui,
                &painter,
                rect,
                unit,
                logo_room,
                city,
                lines,
                (accent, ink),
            );
            placed = Some((rect.top() + geometry.body_bottom(), drawn));
        }
        Slide::Closing { city, thanks } => {
            let lines = [thanks.clone()];
            let drawn = centered_ui(
                ui,
                &painter,
                rect,
                unit,
                logo_room,
                city,
                &lines,
                (accent, ink),
            );
            placed = Some((rect.top() + geometry.body_bottom(), drawn));
        }
        Slide::Bars { heading, bars } => {
            let galley = layout(ui, heading, HEADING_SIZE * unit, accent, width);
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
        Slide::Chart { heading, figure } => {
            let galley = layout(ui, heading, HEADING_SIZE * unit, accent, width);
            painter.galley(
                Pos2::new(rect.left() + margin, rect.top() + margin),
                galley.clone(),
                accent,
            );
            let top = rect.top() + margin + galley.size().y + HEADING_GAP * unit;
            let room = egui::vec2(width, rect.top() + geometry.body_bottom() - top);
            let (chart, scale) =
                crate::deck::chart_for(figure, presentation.words, (room.x, room.y));
            // The slide's own ink and accent on its background, whatever
            // the window's theme.
            let mut visuals = ui.visuals().clone();
            visuals.override_text_color = Some(ink);
            visuals.hyperlink_color = accent;
            visuals.selection.bg_fill = accent;
            let origin = Pos2::new(rect.left() + margin, top);
            super::chart::paint_chart(&painter, &visuals, &chart, origin, scale);
        }
        Slide::Text { heading, lines, .. } => {
            let mut y = rect.top() + margin;
            let galley = layout(ui, heading, HEADING_SIZE * unit, accent, width);
            painter.galley(Pos2::new(rect.left() + margin, y), galley.clone(), accent);
            y += galley.size().y + HEADING_GAP * unit;
            let mut drawn = Vec::with_capacity(lines.len());
            for line in lines {
                let (text, indent) = match line {
                    Line::Paragraph(text) => (text.clone(), 0.0),
                    Line::Bullet(text) => (text.clone(), BULLET_INDENT * unit),
                };
                // A right-to-left item has its bullet at the right, where it starts.
                let rtl = crate::text::bidi::is_rtl_paragraph(&text);
                if indent > 0.0 {
                    let dot_x = if rtl {
                        rect.right() - margin - 10.0 * unit
                    } else {
                        rect.left() + margin + 10.0 * unit
                    };
                    painter.circle_filled(
                        Pos2::new(dot_x, y + crate::deck::BULLET_DROP * unit),
                        crate::deck::BULLET_RADIUS * unit,
                        accent,
                    );
                }
                let galley = layout(ui, &text, TEXT_SIZE * unit, ink, width - indent);
                let left = if rtl { 0.0 } else { indent };
                let at = Pos2::new(rect.left() + margin + left, y);
                drawn.push(Rect::from_min_size(at, galley.size()));
                painter.galley(at, galley.clone(), ink);
                y += galley.size().y + LINE_GAP * unit;
            }
            placed = Some((rect.top() + geometry.body_bottom(), drawn));
        }
    }
    // The city's name and a discreet counter at the foot of every slide.
    let foot = crate::ui::fonts::content_font(16.0 * unit);
    let faint = ink.gamma_multiply(0.55);
    // One line at the foot, cut with "…": a long name is the title's to show.
    let mut foot_job = egui::text::LayoutJob::simple(
        city.clone(),
        FontId::new(16.0 * unit, super::text::slide_family(Default::default())),
        faint,
        rect.width() * 0.6,
    );
    foot_job.wrap.max_rows = 1;
    foot_job.wrap.break_anywhere = true;
    let city_galley = ui.fonts_mut(|fonts| fonts.layout_job(foot_job));
    painter.galley(
        Pos2::new(
            rect.left() + margin,
            rect.bottom() - 28.0 * unit - city_galley.size().y / 2.0,
        ),
        city_galley,
        faint,
    );
    let counter = format!("{} / {}", index + 1, slides.len());
    painter.text(
        Pos2::new(rect.right() - margin, rect.bottom() - 28.0 * unit),
        Align2::RIGHT_CENTER,
        &counter,
        foot,
        faint,
    );
    placed
}

/// The cover photo filling `rect` (cut to its shape, never stretched) under
/// a dark veil; false when it cannot be shown.
fn paint_cover(
    ui: &Ui,
    painter: &egui::Painter,
    rect: Rect,
    cover: &crate::model::Picture,
) -> bool {
    let Some(texture) = super::pictures::texture(ui.ctx(), cover) else {
        return false;
    };
    let uv = crate::deck::cover_crop(cover.aspect(), rect.width() / rect.height().max(1.0));
    let uv = Rect::from_min_max(Pos2::new(uv[0], uv[1]), Pos2::new(uv[2], uv[3]));
    painter.image(texture.id(), rect, uv, Color32::WHITE);
    painter.rect_filled(rect, 0.0, Color32::from_black_alpha(crate::deck::VEIL));
    true
}

/// The logo at the slide's top left, on a white card when it stands on the
/// photo; how far down from the slide's top it reaches, with a gap.
fn paint_logo(
    ui: &Ui,
    painter: &egui::Painter,
    rect: Rect,
    logo: &crate::model::Picture,
    on_photo: bool,
) -> f32 {
    let Some(texture) = super::pictures::texture(ui.ctx(), logo) else {
        return 0.0;
    };
    let unit = rect.height() / 720.0;
    let place = crate::deck::logo_place(logo.aspect());
    let at = Rect::from_min_size(
        rect.min + egui::vec2(place[0], place[1]) * unit,
        egui::vec2(place[2], place[3]) * unit,
    );
    if on_photo {
        let pad = crate::deck::LOGO_CARD_PAD * unit;
        painter.rect_filled(at.expand(pad), 6.0 * unit, Color32::WHITE);
    }
    let whole = Rect::from_min_max(Pos2::ZERO, Pos2::new(1.0, 1.0));
    painter.image(texture.id(), at, whole, Color32::WHITE);
    at.bottom() - rect.top() + crate::deck::LOGO_GAP * unit
}

/// A heading and a few lines, centred: the title and closing slides.
#[expect(clippy::too_many_arguments, reason = "the slide's parts, each its own")]
fn centered_ui(
    ui: &Ui,
    painter: &egui::Painter,
    rect: Rect,
    unit: f32,
    logo_room: f32,
    heading: &str,
    lines: &[String],
    (accent, ink): (Color32, Color32),
) -> Vec<Rect> {
    use crate::deck::{FOOT_ROOM, MARGIN};
    let width = rect.width() - 2.0 * MARGIN * unit;
    // Below the logo, when there is one.
    let top = rect.top() + (MARGIN * unit).max(logo_room);
    let room = rect.bottom() - FOOT_ROOM * unit - top;
    // A long name or leader line makes the type smaller, never the block
    // longer than the slide: at most six steps down, to 53 %.
    let mut scale = 1.0_f32;
    let (title, subtitles, height) = loop {
        let title = centered_galley(ui, heading, 64.0 * unit * scale, accent, width);
        let line_size = 30.0 * unit * scale.max(0.75);
        let subtitles: Vec<_> = (lines.iter())
            .map(|line| centered_galley(ui, line, line_size, ink, width))
            .collect();
        let height = title.size().y
            + 28.0 * unit
            + subtitles
                .iter()
                .map(|g| g.size().y + 12.0 * unit)
                .sum::<f32>();
        if height <= room || scale < 0.55 {
            break (title, subtitles, height);
        }
        scale *= 0.9;
    };
    // Centred in the room above the foot; every row of a wrapped name centred.
    let mut y = top + ((room - height) / 2.0).max(0.0);
    let x = rect.center().x;
    let mut drawn = vec![title.rect.translate(egui::vec2(x, y))];
    painter.galley(Pos2::new(x, y), title.clone(), accent);
    y += title.size().y + 28.0 * unit;
    for galley in subtitles {
        drawn.push(galley.rect.translate(egui::vec2(x, y)));
        painter.galley(Pos2::new(x, y), galley.clone(), ink);
        y += galley.size().y + 12.0 * unit;
    }
    drawn
}

/// Every slide as a thumbnail with its number, in rows that fill the
/// screen; a click, or the arrows and Enter, go there. Only the rows in
/// view are drawn, so a deck of hundreds costs what a screenful does.
fn grid_ui(ui: &mut Ui, presentation: &mut Presentation) {
    ui.add_space(24.0);
    let words = super::language(ui.ctx());
    ui.vertical_centered(|ui| ui.heading(tr!(words, "slides-grid")));
    ui.add_space(16.0);
    let gap = 20.0;
    let margin = 32.0;
    // The scroll bar takes its room at the right.
    let bar = ui.spacing().scroll.bar_width + ui.spacing().scroll.bar_outer_margin;
    let room = (ui.available_width() - 2.0 * margin - bar).max(200.0);
    let columns = ((room + gap) / (260.0 + gap)).floor().clamp(1.0, 6.0) as usize;
    presentation.grid_columns = columns;
    let width = (room - gap * (columns - 1) as f32) / columns as f32;
    let shape = presentation
        .flowed_for
        .map_or(720.0 / 1280.0, |size| size.y / size.x.max(1.0));
    let row_height = width * shape + 30.0 + gap;
    let count = presentation.slides.len();
    let rows = count.div_ceil(columns);
    let cursor_row = presentation.grid_cursor / columns;
    let mut chosen = None;
    let mut scroll = egui::ScrollArea::vertical().auto_shrink([false, false]);
    // The row of the slide chosen by the keys is kept in view: the grid
    // scrolls by whole rows, so no row is cut at the top.
    if presentation.grid_scrolled_to != Some(presentation.grid_cursor) {
        presentation.grid_scrolled_to = Some(presentation.grid_cursor);
        // `show_rows` puts the item spacing between rows.
        let step = row_height + ui.spacing().item_spacing.y;
        let in_view = ((ui.available_height() / step).floor() as usize).max(1);
        let first = (cursor_row + 1).saturating_sub(in_view);
        scroll = scroll.vertical_scroll_offset(first as f32 * step);
    }
    scroll.show_rows(ui, row_height, rows, |ui, visible| {
        for row in visible {
            ui.horizontal(|ui| {
                // Tiles placed by `gap` alone.
                ui.spacing_mut().item_spacing.x = 0.0;
                ui.add_space(margin);
                for index in row * columns..((row + 1) * columns).min(count) {
                    if let Some(clicked) = grid_tile(ui, presentation, index, width, shape) {
                        chosen = Some(clicked);
                    }
                    ui.add_space(gap);
                }
            });
            ui.add_space(gap - ui.spacing().item_spacing.y);
        }
    });
    if let Some(index) = chosen {
        presentation.go(index);
        presentation.grid = false;
    }
}

/// One tile of the grid: the slide drawn `width` wide and its number;
/// the slide's place when clicked.
fn grid_tile(
    ui: &mut Ui,
    presentation: &Presentation,
    index: usize,
    width: f32,
    shape: f32,
) -> Option<usize> {
    let slide = presentation.slides.get(index)?;
    let size = egui::vec2(width, width * shape + 30.0);
    let (rect, tile) = ui.allocate_exact_size(size, egui::Sense::click());
    let picture = Rect::from_min_size(rect.min, egui::vec2(width, width * shape));
    paint_slide(ui, picture, presentation, index);
    let visuals = ui.visuals();
    let on = index == presentation.grid_cursor;
    let stroke = if on || tile.hovered() {
        egui::Stroke::new(3.0, visuals.selection.stroke.color)
    } else {
        visuals.widgets.noninteractive.bg_stroke
    };
    // Inside the picture: the scroll area would cut an outline drawn outside.
    ui.painter()
        .rect_stroke(picture, 2.0, stroke, egui::StrokeKind::Inside);
    // The number under the slide; the heading is on the slide itself.
    ui.painter().text(
        egui::pos2(picture.left(), picture.bottom() + 6.0),
        Align2::LEFT_TOP,
        (index + 1).to_string(),
        FontId::proportional(16.0),
        if on {
            visuals.strong_text_color()
        } else {
            visuals.weak_text_color()
        },
    );
    // Screen readers hear the number and the heading: the number tells
    // apart the slides a part flowed onto.
    let said = format!("{}. {}", index + 1, slide.heading());
    tile.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &said));
    tile.clicked().then_some(index)
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
            presentation.grid_cursor = presentation.index;
            presentation.grid_scrolled_to = None;
            return;
        }
        if pressed(Key::P) {
            presentation.presenter_view = !presentation.presenter_view;
            return;
        }
        let last = presentation.slides.len().saturating_sub(1);
        if presentation.grid {
            // The arrows move in the grid; Enter opens the slide chosen.
            let columns = presentation.grid_columns.max(1);
            let cursor = &mut presentation.grid_cursor;
            if pressed(Key::ArrowRight) {
                *cursor = (*cursor + 1).min(last);
            }
            if pressed(Key::ArrowLeft) {
                *cursor = cursor.saturating_sub(1);
            }
            if pressed(Key::ArrowDown) && *cursor + columns <= last {
                *cursor += columns;
            }
            if pressed(Key::ArrowUp) {
                *cursor = cursor.saturating_sub(columns);
            }
            if pressed(Key::Home) {
                *cursor = 0;
            }
            if pressed(Key::End) {
                *cursor = last;
            }
            if pressed(Key::Enter) {
                let chosen = *cursor;
                presentation.go(chosen);
                presentation.grid = false;
            }
            return;
        }
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
        let typed_before = moved.is_none() && !presentation.typed.is_empty();
        let mut other_move = false;
        for key in [Key::ArrowRight, Key::ArrowDown, Key::Space, Key::PageDown] {
            if pressed(key) {
                moved = Some(presentation.index + 1);
                other_move = true;
            }
        }
        for key in [Key::ArrowLeft, Key::ArrowUp, Key::PageUp, Key::Backspace] {
            if pressed(key) {
                moved = Some(presentation.index.saturating_sub(1));
                other_move = true;
            }
        }
        if pressed(Key::Home) {
            moved = Some(0);
            other_move = true;
        }
        if pressed(Key::End) {
            moved = Some(last);
            other_move = true;
        }
        // A number typed and then left for another key is forgotten, not
        // kept for a later Enter.
        if typed_before && other_move {
            presentation.typed.clear();
        }
        if let Some(index) = moved {
            presentation.step_to(index);
        }
    });
    leave
}
