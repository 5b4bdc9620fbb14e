//! The `faultline` command: open the simulator window, or run headless tools.
//! Every subcommand lives in `faultline::cli`, one file per group.

fn main() -> std::process::ExitCode {
    faultline::cli::main()
}
