//! Carta's look: a readable type scale, calm colours, room to breathe.

use egui::{Color32, FontFamily, FontId, Stroke, TextStyle, Theme};

/// Carta's accent: a deep teal that reads well on light and dark backgrounds.
const ACCENT_LIGHT: Color32 = Color32::from_rgb(0x0b, 0x6e, 0x77);
const ACCENT_DARK: Color32 = Color32::from_rgb(0x5c, 0xc2, 0xc9);

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
            let accent = match theme {
                Theme::Light => ACCENT_LIGHT,
                Theme::Dark => ACCENT_DARK,
            };
            let visuals = &mut style.visuals;
            visuals.hyperlink_color = accent;
            visuals.selection.bg_fill = accent.gamma_multiply(0.35);
            visuals.selection.stroke = Stroke::new(1.5, accent);
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
