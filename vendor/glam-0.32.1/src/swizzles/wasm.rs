mod vec3a_impl;
mod vec4_impl;
