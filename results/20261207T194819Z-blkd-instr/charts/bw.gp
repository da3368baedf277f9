# Written by vlab-report: bw charts, drawn from bw.csv only.
# Re-draw with: cd charts; gnuplot bw.gp (vlab-report sets sfx to a
# temporary suffix and renames the pictures when gnuplot succeeds).
if (!exists('sfx')) sfx = ''
set datafile separator ','
set datafile missing 'NaN'
set key outside right top
set grid
set bmargin 5 # room for the TCG note under the axis label
sel(rw, qd, nj, cfg) = strcol(1) eq rw && column(2) == qd && column(3) == nj && strcol(6) eq cfg
set logscale x 2
set format x '%.0b%B'
set yrange [0:*]
set format y '%.1s%c'
set offsets graph 0.06, graph 0.06, graph 0.05, 0
set xlabel 'block size (ki = 1024 bytes, Mi = 1024 ki)'
set ylabel 'bandwidth (KiB/s): median, bars min to max, a dot per repetition'
