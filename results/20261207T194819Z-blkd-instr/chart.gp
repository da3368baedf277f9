# Written by vlab-report: IOPS against queue depth, drawn from chart.csv
# (medians) and charts/reps.csv (a dot per repetition) only.
# Re-draw with: gnuplot chart.gp (vlab-report sets sfx to a temporary
# suffix and renames the pictures when gnuplot succeeds).
if (!exists('sfx')) sfx = ''
width = 640; height = 480
set datafile separator ','
# rows of other series come out as NaN below; missing, they do not break lines
set datafile missing NaN
# a row of chart.csv belongs to the series of one workload and configuration
series(rw, bs, nj, drv, be) = strcol(1) eq rw && strcol(2) eq bs && column(3) == nj \
    && strcol(5) eq drv && strcol(6) eq be
set style data yerrorlines
set logscale x 2
set offsets 0, 0, graph 0.05, 0
set yrange [0:*]
set xlabel 'queue depth (fio iodepth)'
set ylabel 'IOPS: median, bars min to max, a dot per repetition'
set key top left
set grid
set bmargin 5 # room for the TCG note under the axis label
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size width, height
    } else {
      set terminal png noenhanced size width, height
    }
    set output 'chart.png'.sfx
  } else {
    set terminal svg noenhanced size width, height
    set output 'chart.svg'.sfx
  }
  set multiplot layout 1,1 title 'vduse-lab run blkd-instr, clock icount'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.015 left textcolor rgb '#404040'
  set title 'randread, bs 4k, numjobs 1'
  set xrange [0.707107:22.6274]
  set xtics (1, 16)
  unset mxtics
  plot \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'stock','blkd-null') ? $8 : NaN):9:10 linetype 1 title 'stock/blkd-null', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/blkd-null' ? $4*2**0.12 : NaN):8 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'stock','blkd-null-noinstr') ? $8 : NaN):9:10 linetype 2 title 'stock/blkd-null-noinstr', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/blkd-null-noinstr' ? $4*2**0.12 : NaN):8 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'stock2','blkd-null') ? $8 : NaN):9:10 linetype 3 title 'stock2/blkd-null', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock2/blkd-null' ? $4*2**0.12 : NaN):8 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'chart.csv' skip 1 using 4:(series('randread','4k',1,'stock2','blkd-null-noinstr') ? $8 : NaN):9:10 linetype 4 title 'stock2/blkd-null-noinstr', \
    'charts/reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock2/blkd-null-noinstr' ? $4*2**0.12 : NaN):8 with points linetype 4 pointtype 6 pointsize 0.5 notitle
  unset label 1
  unset multiplot
  set output
}
