//! Carta's look: a readable type scale, calm colours, room to breathe.

use egui::{Color32, FontFamily, FontId, Stroke, TextStyle, Theme};

/// Carta's accent: a deep teal that reads well on light and dark backgrounds.
const ACCENT_LIGHT: Color32 = Color32::from_rgb(0x0b, 0x6e, 0x77);
const ACCENT_DARK: Color32 = Color32::from_rgb(0x5c, 0xc2, 0xc9);

/// The text of a chosen item, over the accent's tint.
const SELECTED_TEXT_LIGHT: Color32 = Color32::from_rgb(0x05, 0x4a, 0x51);
const SELECTED_TEXT_DARK: Color32 = Color32::from_rgb(0xb4, 0xf0, 0xf3);

/// Sets type sizes, spacing and colours for both themes.
pub fn apply(ctx: &egui::Context) {
    for theme in [Theme::Light, Theme::Dark] {
        ctx.style_mut_of(theme, |style| {
            style.text_styles = [
                (
                    TextStyle::Heading,
                    FontId::new(26.0, FontFamily::Proportional),
                ),
                (TextStyle::Body, FontId::new(15.5, FontFamily::Proportional)),
                (
                    TextStyle::Button,
                    FontId::new(15.0, FontFamily::Proportional),
                ),
                (
                    TextStyle::Small,
                    FontId::new(12.5, FontFamily::Proportional),
                ),
                (
                    TextStyle::Monospace,
                    FontId::new(14.0, FontFamily::Monospace),
                ),
            ]
            .into();
            let spacing = &mut style.spacing;
            spacing.item_spacing = egui::vec2(10.0, 8.0);
            spacing.button_padding = egui::vec2(10.0, 5.0);
            spacing.interact_size.y = 26.0;
            spacing.combo_height = 360.0;
            // Scroll bars beside the content, not over the right edge of
            // its fields and buttons.
            spacing.scroll = egui::style::ScrollStyle::solid();
            let accent = match theme {
                Theme::Light => ACCENT_LIGHT,
                Theme::Dark => ACCENT_DARK,
            };
            let visuals = &mut style.visuals;
            visuals.hyperlink_color = accent;
            // Chosen items, tabs and progress bars: text a step deeper than
            // the accent over a light tint of it, 4.5:1 at least (WCAG AA,
            // checked by `every_text_reads_at_aa_contrast_in_both_themes`).
            let (tint, selected_text) = match theme {
                Theme::Light => (0.22, SELECTED_TEXT_LIGHT),
                Theme::Dark => (0.3, SELECTED_TEXT_DARK),
            };
            visuals.selection.bg_fill = accent.gamma_multiply(tint);
            visuals.selection.stroke = Stroke::new(1.5, selected_text);
            // egui's own orange and red are too bright on a light page.
            if theme == Theme::Light {
                visuals.warn_fg_color = Color32::from_rgb(0x9a, 0x44, 0x00);
                visuals.error_fg_color = Color32::from_rgb(0xb0, 0x1e, 0x1e);
                visuals.weak_text_color = Some(Color32::from_gray(0x5c));
            } else {
                visuals.error_fg_color = Color32::from_rgb(0xff, 0x7b, 0x72);
                visuals.weak_text_color = Some(Color32::from_gray(150));
            }
            visuals.widgets.hovered.bg_stroke = Stroke::new(1.0, accent);
            visuals.text_edit_bg_color = Some(match theme {
                Theme::Light => Color32::WHITE,
                Theme::Dark => Color32::from_gray(14),
            });
            // A hairline around fields and buttons, so an empty field still reads as one.
            let outline = match theme {
                Theme::Light => Color32::from_gray(200),
                Theme::Dark => Color32::from_gray(70),
            };
            visuals.widgets.inactive.bg_stroke = Stroke::new(1.0, outline);
            if theme == Theme::Light {
                visuals.panel_fill = Color32::from_rgb(0xf6, 0xf7, 0xf8);
                visuals.window_fill = Color32::from_rgb(0xfb, 0xfb, 0xfc);
            }
        });
    }
}

/// The accent colour for the current theme.
pub fn accent(visuals: &egui::Visuals) -> Color32 {
    if visuals.dark_mode {
        ACCENT_DARK
    } else {
        ACCENT_LIGHT
    }
}

/// Background of the navigation side bar: a shade apart from the content.
pub fn sidebar_fill(visuals: &egui::Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_gray(20)
    } else {
        Color32::from_rgb(0xe9, 0xee, 0xef)
    }
}

/// `color` as seen over `background` (egui's colours are premultiplied).
fn over(color: Color32, background: Color32) -> Color32 {
    let alpha = f32::from(color.a()) / 255.0;
    let mix = |c: u8, b: u8| {
        (f32::from(c) + f32::from(b) * (1.0 - alpha))
            .round()
            .min(255.0) as u8
    };
    Color32::from_rgb(
        mix(color.r(), background.r()),
        mix(color.g(), background.g()),
        mix(color.b(), background.b()),
    )
}

/// WCAG 2 contrast ratio of two opaque colours, from 1 to 21.
pub fn contrast(a: Color32, b: Color32) -> f32 {
    let luminance = |c: Color32| {
        let channel = |v: u8| {
            let v = f32::from(v) / 255.0;
            if v <= 0.039_28 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
    };
    let (la, lb) = (luminance(a), luminance(b));
    let (light, dark) = if la > lb { (la, lb) } else { (lb, la) };
    (light + 0.05) / (dark + 0.05)
}

/// Every pair of text and background colour Carta draws, by name, as seen
/// on screen (translucent fills laid over what is under them).
pub fn text_pairs(visuals: &egui::Visuals) -> Vec<(&'static str, Color32, Color32)> {
    let panel = visuals.panel_fill;
    let field = visuals.text_edit_bg_color();
    let sidebar = sidebar_fill(visuals);
    let selected = over(visuals.selection.bg_fill, panel);
    let selected_in_sidebar = over(visuals.selection.bg_fill, sidebar);
    let widgets = &visuals.widgets;
    vec![
        ("text on the panel", visuals.text_color(), panel),
        (
            "text in a window",
            visuals.text_color(),
            visuals.window_fill,
        ),
        ("text in a field", visuals.text_color(), field),
        ("text in the side bar", visuals.text_color(), sidebar),
        (
            "text on a striped row",
            visuals.text_color(),
            over(visuals.faint_bg_color, panel),
        ),
        ("weak text on the panel", visuals.weak_text_color(), panel),
        (
            "weak text in a window",
            visuals.weak_text_color(),
            visuals.window_fill,
        ),
        (
            "weak text in the side bar",
            visuals.weak_text_color(),
            sidebar,
        ),
        (
            "selected text (progress bar, chosen tab)",
            visuals.selection.stroke.color,
            selected,
        ),
        (
            "selected side-bar item",
            visuals.selection.stroke.color,
            selected_in_sidebar,
        ),
        ("a link or the accent", visuals.hyperlink_color, panel),
        ("a warning", visuals.warn_fg_color, panel),
        ("an error", visuals.error_fg_color, panel),
        (
            "a button",
            widgets.inactive.fg_stroke.color,
            over(widgets.inactive.weak_bg_fill, panel),
        ),
        (
            "a hovered button",
            widgets.hovered.fg_stroke.color,
            over(widgets.hovered.weak_bg_fill, panel),
        ),
        (
            "a pressed button",
            widgets.active.fg_stroke.color,
            over(widgets.active.weak_bg_fill, panel),
        ),
        ("a label", widgets.noninteractive.fg_stroke.color, panel),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG AA for body text: 4.5:1, for every pair in both themes.
    #[test]
    fn every_text_reads_at_aa_contrast_in_both_themes() {
        let ctx = egui::Context::default();
        apply(&ctx);
        let mut weak = Vec::new();
        for theme in [Theme::Light, Theme::Dark] {
            let visuals = ctx.style_of(theme).visuals.clone();
            for (name, fg, bg) in text_pairs(&visuals) {
                let ratio = contrast(over(fg, bg), bg);
                if ratio < 4.5 {
                    weak.push(format!(
                        "{theme:?}: {name}: {ratio:.2}:1 ({fg:?} on {bg:?})"
                    ));
                }
            }
        }
        assert!(weak.is_empty(), "below 4.5:1:\n{}", weak.join("\n"));
    }

    #[test]
    fn contrast_is_measured_as_wcag_says() {
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 0.01);
        assert!((contrast(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 0.01);
        // #767676 on white is the classic 4.54:1.
        let gray = Color32::from_gray(0x76);
        assert!((contrast(gray, Color32::WHITE) - 4.54).abs() < 0.02);
    }
}
