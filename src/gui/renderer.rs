//! The renderer set up for what the floor draws: lit, opaque meshes under one sun,
//! gizmos and egui panels.
//!
//! Bevy's defaults also build passes the floor never uses (an atmosphere, ambient
//! occlusion, light-probe generation, GPU occlusion culling, GPU light clustering,
//! post-processing, anti-aliasing), and each queues pipelines that a software renderer
//! compiles before the first complete picture. Left out here, with the supported switch
//! for each.
//!
//! Meshes are batched on the CPU rather than by Bevy's GPU preprocessing. On Mesa's
//! lavapipe (the software Vulkan of a lab PC without a graphics driver, and CI's), Bevy
//! 0.19.1's GPU preprocessing left whole groups of meshes undrawn (the floor's tiles, the
//! concrete, station boxes, fence rails), which groups depending on the order the floor
//! was made in (`docs/benchmarks.md`). The CPU path is the one Bevy itself takes where
//! compute shaders are missing, so it is a supported mode, and a floor's few thousand
//! meshes are cheap to batch on the CPU.

use bevy::anti_alias::AntiAliasPlugin;
use bevy::app::PluginGroupBuilder;
use bevy::light::cluster::GlobalClusterSettings;
use bevy::post_process::PostProcessPlugin;
use bevy::prelude::*;
use bevy::render::RenderPlugin;
use bevy::render::batching::gpu_preprocessing::{GpuPreprocessingMode, GpuPreprocessingSupport};
use bevy::render::renderer::RenderAdapterInfo;
use bevy::render::settings::{WgpuLimits, WgpuSettings};
use bevy::render::{RenderApp, RenderStartup, init_gpu_resource};
use wgpu_types::DeviceType;

/// Bevy's default plugins, with the window given and only the renderer the floor uses.
pub(super) fn default_plugins(window: Window) -> PluginGroupBuilder {
    DefaultPlugins
        .set(WindowPlugin {
            primary_window: Some(window),
            ..default()
        })
        .set(RenderPlugin {
            render_creation: WgpuSettings {
                constrained_limits: Some(limits_without_storage_textures()),
                ..default()
            }
            .into(),
            ..default()
        })
        // Bloom, depth of field, motion blur, lens effects, FXAA, SMAA, TAA: none is on
        // a camera of ours, but their plugins still build a pass for every camera.
        .disable::<PostProcessPlugin>()
        .disable::<AntiAliasPlugin>()
}

/// The adapter's own limits, except no storage textures: Bevy's atmosphere, ambient
/// occlusion, light-probe generation and occlusion culling each check that limit and
/// stay out without them. The device takes the lower of these and the adapter's, so
/// the limits the floor's passes use are lifted to the most a value can say, leaving
/// the adapter's; the rest (mesh and task shaders, ray tracing, multiview) stay at
/// wgpu's defaults, which the floor does not use.
fn limits_without_storage_textures() -> WgpuLimits {
    let mut limits = WgpuLimits::defaults();
    for most in [
        &mut limits.max_texture_dimension_1d,
        &mut limits.max_texture_dimension_2d,
        &mut limits.max_texture_dimension_3d,
        &mut limits.max_texture_array_layers,
        &mut limits.max_bind_groups,
        &mut limits.max_bindings_per_bind_group,
        &mut limits.max_dynamic_uniform_buffers_per_pipeline_layout,
        &mut limits.max_dynamic_storage_buffers_per_pipeline_layout,
        &mut limits.max_sampled_textures_per_shader_stage,
        &mut limits.max_samplers_per_shader_stage,
        &mut limits.max_storage_buffers_per_shader_stage,
        &mut limits.max_uniform_buffers_per_shader_stage,
        &mut limits.max_binding_array_elements_per_shader_stage,
        &mut limits.max_binding_array_sampler_elements_per_shader_stage,
        &mut limits.max_vertex_buffers,
        &mut limits.max_vertex_attributes,
        &mut limits.max_vertex_buffer_array_stride,
        &mut limits.max_inter_stage_shader_variables,
        &mut limits.max_color_attachments,
        &mut limits.max_color_attachment_bytes_per_sample,
        &mut limits.max_compute_workgroup_storage_size,
        &mut limits.max_compute_invocations_per_workgroup,
        &mut limits.max_compute_workgroup_size_x,
        &mut limits.max_compute_workgroup_size_y,
        &mut limits.max_compute_workgroup_size_z,
        &mut limits.max_compute_workgroups_per_dimension,
        &mut limits.max_immediate_size,
        &mut limits.max_non_sampler_bindings,
    ] {
        *most = u32::MAX;
    }
    limits.max_uniform_buffer_binding_size = u64::MAX;
    limits.max_storage_buffer_binding_size = u64::MAX;
    limits.max_buffer_size = u64::MAX;
    limits.min_uniform_buffer_offset_alignment = 1;
    limits.min_storage_buffer_offset_alignment = 1;
    limits.max_storage_textures_per_shader_stage = 0;
    limits
}

/// Add after `default_plugins`: meshes batched on the CPU, lights clustered on the CPU.
pub(super) fn plugin(app: &mut App) {
    app.add_systems(Startup, cluster_lights_on_the_cpu);
    cpu_batching(app);
}

/// Clusters lights on the CPU: the floor's only light is the sun, which is not
/// clustered, and GPU clustering adds five pipelines per view. Bevy makes the settings
/// when its plugins finish (from the device), so they are changed at start-up.
fn cluster_lights_on_the_cpu(settings: Option<ResMut<GlobalClusterSettings>>) {
    if let Some(mut settings) = settings {
        settings.gpu_clustering = None;
    }
}

/// The floor camera's multisampling: 4x on a GPU, none on a software renderer (Mesa's
/// lavapipe, say, on a lab PC without a graphics driver), where it doubles the time a
/// frame takes (about 0.6 s against 1.2 s for the default floor at 1280x720 on two
/// cores: `docs/benchmarks.md`).
pub(super) fn floor_multisampling(adapter: Option<&RenderAdapterInfo>) -> Msaa {
    match adapter {
        Some(adapter) if adapter.device_type == DeviceType::Cpu => Msaa::Off,
        _ => Msaa::default(),
    }
}

const CPU_BATCHING: GpuPreprocessingSupport = GpuPreprocessingSupport {
    max_supported_mode: GpuPreprocessingMode::None,
};

/// The render app must exist, and Bevy's mesh plugin reads the mode when it finishes,
/// after every plugin's `build`.
fn cpu_batching(app: &mut App) {
    let Some(render_app) = app.get_sub_app_mut(RenderApp) else {
        return;
    };
    render_app
        .insert_resource(CPU_BATCHING)
        // Bevy measures the device again at render start-up; the cameras, lights and
        // materials read that value, so it must say the same as the meshes were told.
        .add_systems(
            RenderStartup,
            keep_cpu_batching.after(init_gpu_resource::<GpuPreprocessingSupport>),
        );
}

fn keep_cpu_batching(mut support: ResMut<GpuPreprocessingSupport>) {
    *support = CPU_BATCHING;
}
