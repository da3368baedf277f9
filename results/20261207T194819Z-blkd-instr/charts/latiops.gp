# Written by vlab-report: latiops charts, drawn from latiops.csv only.
# Re-draw with: cd charts; gnuplot latiops.gp (vlab-report sets sfx to a
# temporary suffix and renames the pictures when gnuplot succeeds).
if (!exists('sfx')) sfx = ''
set datafile separator ','
set datafile missing 'NaN'
set key outside right top
set grid
set bmargin 5 # room for the TCG note under the axis label
sel(rw, bs, nj, cfg) = strcol(1) eq rw && strcol(2) eq bs && column(3) == nj && strcol(5) eq cfg
set xrange [0:*]
set yrange [0:*]
set offsets 0, graph 0.05, graph 0.08, 0 # room for the depth labels
set xlabel 'IOPS: median over repetitions'
set ylabel 'mean completion latency (us): median, a dot per repetition'

# Mean latency against IOPS, a point per queue depth: randread, bs 4k, numjobs 1
do for [fmt in 'png svg'] {
  if (fmt eq 'png') {
    if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
      set terminal pngcairo noenhanced size 900, 520
    } else {
      set terminal png noenhanced size 900, 520
    }
  } else {
    set terminal svg noenhanced size 900, 520
  }
  set output 'latiops-randread-4k-j1.'.fmt.sfx
  set title 'Mean latency against IOPS, a point per queue depth: randread, bs 4k, numjobs 1'
  set label 1 'Clock: icount (TCG, one thread, 4 ns per guest instruction, periodic tick, no newidle balancing, no ERMS: work per I/O)' at screen 0.01, screen 0.02 left textcolor rgb '#404040'
  plot \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'stock/blkd-null') ? $7 : NaN):8 with linespoints linetype 1 title 'stock/blkd-null', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/blkd-null' ? $8 : NaN):10 with points linetype 1 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'stock/blkd-null-noinstr') ? $7 : NaN):8 with linespoints linetype 2 title 'stock/blkd-null-noinstr', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock/blkd-null-noinstr' ? $8 : NaN):10 with points linetype 2 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'stock2/blkd-null') ? $7 : NaN):8 with linespoints linetype 3 title 'stock2/blkd-null', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock2/blkd-null' ? $8 : NaN):10 with points linetype 3 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'stock2/blkd-null-noinstr') ? $7 : NaN):8 with linespoints linetype 4 title 'stock2/blkd-null-noinstr', \
    'reps.csv' skip 1 using (strcol(1) eq 'randread' && strcol(2) eq '4k' && column(3) == 1 && strcol(5) eq 'stock2/blkd-null-noinstr' ? $8 : NaN):10 with points linetype 4 pointtype 6 pointsize 0.5 notitle, \
    'latiops.csv' skip 1 using (sel('randread','4k',1,'stock/blkd-null') ? $7 : NaN):8:('QD '.strcol(4)) with labels offset char 0, 1 textcolor rgb '#404040' notitle
  unset label 1
  set output
}
