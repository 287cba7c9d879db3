"""Only the package list, which pyproject.toml cannot express: every package
under fibro_desktop/, plus resources/ shipped as fibro_desktop._resources."""

from setuptools import find_packages, setup

setup(packages=find_packages(include=["fibro_desktop", "fibro_desktop.*"]) + ["fibro_desktop._resources"])
