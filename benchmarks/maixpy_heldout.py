"""Build held-out documentation page pairs (the MaixPy docs outside the AI-model folders, every page that passes the
rule below) from a fetched git dir; see precision_mddocs.py.

    python benchmarks/maixpy_heldout.py GIT_DIR OUT_FOLDER

The source is the GitHub repository `sipeed/MaixPy` (fetch tool: `github:sipeed/MaixPy`, which returns a git dir;
Apache-2.0, never copy the pages into this repository), the documentation of MaixPy, Sipeed's Python SDK for its
MaixCAM / MaixCAM2 RISC-V camera boards, written by the company's engineers in Chinese under `docs/doc/zh/` and kept in
English under `docs/doc/en/` (the same path): the boards' quick start, peripherals (GPIO, PWM, I2C, SPI, ADC, HID,
pin mapping), add-on modules (AHRS/IMU, Bluetooth, PMU, SPI LCD, thermal camera, stepper driver, ToF), audio
recording/playback/recognition, video recording and streaming (RTSP, RTMP, UVC, WebRTC, JPEG), communication protocols
(Maix protocol, Modbus), sockets, app development and the FAQ. A domain in no set before (embedded hardware SDK). The
pages were chosen by a rule written before any check ran (stop 61, helper fresh61d): the Markdown page pairs whose
English page exists at the same path, outside the folders `vision/`, `mllm/` and `ai_model_converter/` (AI model
usage and conversion, near the LLM and Paddle sets already read); the Chinese page has 40 to 500 lines, at least 15 of
them with a Han character, and the two pages differ in line count by at most 15 % of the longer; every page that passes
(no per-folder cap): 50 page pairs, 2,120 Chinese lines with a Han character. Written to OUT_FOLDER as `PAGE.zh.md` /
`PAGE.en.md`, as stored at COMMIT (the snapshot measured first, on main 065e061e = 0.41.0 before anything was tuned on
it; the newest commit if that one is absent). `python benchmarks/precision_mddocs.py /tmp/maixpy-heldout --labels
benchmarks/labels/maixpy-heldout.tsv --targets benchmarks/labels/maixpy-heldout.targets.tsv` measures them, with
`--glossary benchmarks/glossaries/maixpy.csv` for the with-glossary run (`maixpy-g` in docs.sh).
"""
from __future__ import annotations

import sys
from pathlib import Path

from page_pairs import write_pairs  # benchmarks/ is the script's folder

COMMIT = "7337fc84f1487d807fc41a63e5bf9ee84b4d9b6e"
PAGES = ("README", "README_MaixCAM", "README_MaixCAM2", "README_no_screen",
         "audio/deploy_online_recognition", "audio/digit", "audio/keyword", "audio/play", "audio/recognize",
         "audio/record",
         "basic/app", "basic/auto_start", "basic/maixvision", "basic/picoclaw", "basic/python", "basic/upgrade",
         "basic/view_src_code",
         "comm/maix_protocol", "comm/modbus", "faq", "gui/i18n",
         "modules/ahrs", "modules/bluetooth", "modules/pmu", "modules/spilcd", "modules/thermal_cam",
         "modules/tmc2209", "modules/tof", "network/socket",
         "peripheral/adc", "peripheral/gpio", "peripheral/hid", "peripheral/i2c", "peripheral/key",
         "peripheral/pinmap", "peripheral/pwm", "peripheral/spi",
         "pro/compile_os", "pro/customize_model", "pro/memory",
         "projects/README", "projects/face_tracking", "projects/line_tracking_robot",
         "video/jpeg_streaming", "video/play", "video/record", "video/rtmp_streaming", "video/rtsp_streaming",
         "video/uvc_streaming", "video/webrtc_streaming")
ROOT = {"zh": "docs/doc/zh", "en": "docs/doc/en"}


def main() -> None:
    write_pairs(sys.argv[1], Path(sys.argv[2]), COMMIT, PAGES, lambda page, lang: f"{ROOT[lang]}/{page}.md")


if __name__ == "__main__":
    main()
