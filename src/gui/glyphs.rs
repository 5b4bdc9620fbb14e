//! Every character the panels show, laid out once before anything is drawn.
//!
//! egui rasterises a glyph into its font atlas the first time some text needs it, and
//! bevy_egui uploads the grown atlas a frame later than the text that uses it: a frame
//! drawn in between leaves that character blank (a window at 16× showed "sim time 0:0
//! :15" the moment the clock first reached a 3). Laying out every character of every
//! text style on the first pass puts them all in the atlas's first upload.

use bevy::prelude::*;
use bevy_egui::egui::{Color32, FontId};
use bevy_egui::{EguiContexts, EguiPrimaryContextPass};

use super::overlays::METER_READING_SIZE;

/// Printable ASCII, and the other characters the panels and overlays write.
fn characters() -> String {
    (' '..='~').chain("×⚠°Ω–—·…µ±≥≤→←↑↓✓✗".chars()).collect()
}

pub(super) fn plugin(app: &mut App) {
    app.add_systems(EguiPrimaryContextPass, lay_out_every_character);
}

/// Runs on the first pass, and again if the window's scale changes (the atlas holds
/// glyphs at the scale they were drawn at).
fn lay_out_every_character(
    mut contexts: EguiContexts,
    mut done_at_scale: Local<Option<f32>>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    let scale = ctx.pixels_per_point();
    if *done_at_scale == Some(scale) {
        return Ok(());
    }
    let mut fonts: Vec<FontId> = ctx.global_style().text_styles.values().cloned().collect();
    fonts.push(FontId::monospace(METER_READING_SIZE));
    let text = characters();
    ctx.fonts_mut(|view| {
        for font in fonts {
            let _ = view.layout_no_wrap(text.clone(), font, Color32::WHITE);
        }
    });
    *done_at_scale = Some(scale);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_characters_include_every_digit_and_the_speed_warning() {
        let all = characters();
        assert!(('0'..='9').all(|d| all.contains(d)));
        assert!(all.contains('⚠') && all.contains('×'));
    }
}
