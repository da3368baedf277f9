# Written by vlab-report: backend-stages charts, drawn from backend-stages.csv only.
# Re-draw with: cd charts; gnuplot backend-stages.gp (vlab-report sets sfx to a
# temporary suffix and renames the pictures when gnuplot succeeds).
if (!exists('sfx')) sfx = ''
set datafile separator ','
set datafile missing 'NaN'
set key outside right top
set grid
set bmargin 5 # room for the TCG note under the axis label
